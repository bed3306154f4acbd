// Reading the town's layer over its organizations: the decisions of the town's own rules on a
// day, as the ledger knew them that day, and the words the printouts share.
import {
  type Decision,
  evaluate,
  isEntitled,
  type Ledger,
  type ObligationDecision,
} from '../../src/index'
import { jinshanweiPolicy } from '../town-pack/jinshanweiPolicy'
import { town } from './organizations'

/** The decisions of the town's rules (JSW-…) for every organization on `at`, as known that day. */
export async function townDecisions(ledger: Ledger, at: string): Promise<Decision[]> {
  const decisions: Decision[] = []
  for (const { org } of town) {
    const file = await ledger.creditFile(org, { asOf: at, knownAt: at })
    for (const decision of evaluate(jinshanweiPolicy, file, { at })) {
      if (decision.rule.startsWith('JSW-')) decisions.push(decision)
    }
  }
  return decisions
}

/** An organization's name without the town's prefix: 老年协会. */
export function shortName(org: string): string {
  const name = town.find((o) => o.org === org)?.name ?? org
  return name.replace(/^(上海市)?金山(卫镇|区卫城)/, '')
}

/** The organizations a set of decisions holds entitled to the town's support, and barred from it. */
export function supportOf(decisions: readonly Decision[]): { granted: string[]; barred: string[] } {
  const granted: string[] = []
  const barred: string[] = []
  for (const { org } of town) {
    const own = decisions.filter((d) => d.org === org && d.kind === 'entitlement')
    if (own.length === 0) continue
    if (isEntitled(own, 'town_support')) granted.push(org)
    else barred.push(org)
  }
  return { granted, barred }
}

/** The obligations and proposals of one rule, by organization. */
export function ofRule(decisions: readonly Decision[], rule: string): Decision[] {
  return decisions.filter((d) => d.rule === rule && d.kind !== 'entitlement')
}

/** An obligation's due day, or the proposal's effective day. */
export function dayOf(decision: Decision): string | null {
  if (decision.kind === 'obligation') return (decision as ObligationDecision).due
  return decision.kind === 'proposal' ? decision.entry.effectiveAt : decision.from
}

/** Names joined with 、. */
export function names(orgs: readonly string[]): string {
  return orgs.map(shortName).join('、') || '—'
}
