import type { CreditFile } from '../credit-file'
import { canonicalJson } from '../events'
import type { Decision } from './decision'
import { evaluate } from './evaluate'
import type { Policy } from './policy'

/** One outcome the two policies decide differently, with the decisions each made about it. */
export interface PolicyDifference {
  /** What is decided: `proposal:ListedOnSeriousList`, `grant:funding`, `obligation:file_annual_report:2023` (a duty's instance after its name). */
  readonly outcome: string
  readonly a: readonly Decision[]
  readonly b: readonly Decision[]
}

/** How two policies decide one organization on one date. */
export interface PolicyComparison {
  readonly same: boolean
  readonly differences: readonly PolicyDifference[]
}

function outcomeOf(decision: Decision): string {
  switch (decision.kind) {
    case 'proposal':
      return `proposal:${decision.entry.type}${decision.entry.amends === undefined ? '' : `:${decision.entry.amends}`}`
    case 'entitlement':
      return `${decision.effect}:${decision.benefit}`
    case 'obligation':
      return `obligation:${decision.duty}${decision.instance === undefined ? '' : `:${decision.instance.key}`}`
  }
}

// What the organization would see: the entry, the benefit or the duty, not which rule said so.
function substanceOf(decision: Decision): string {
  switch (decision.kind) {
    case 'proposal': {
      const { cause: _cause, by: _by, ...entry } = decision.entry
      return canonicalJson({ mode: decision.mode, entry })
    }
    case 'entitlement':
      return canonicalJson({ from: decision.from, until: decision.until })
    case 'obligation':
      return canonicalJson({
        who: decision.who,
        due: decision.due,
        opensOn: decision.opensOn,
        state: decision.state,
        doneOn: decision.instance?.doneOn ?? null,
      })
  }
}

function byOutcome(decisions: readonly Decision[]): Map<string, Decision[]> {
  const grouped = new Map<string, Decision[]>()
  for (const decision of decisions) {
    const key = outcomeOf(decision)
    grouped.set(key, [...(grouped.get(key) ?? []), decision])
  }
  return grouped
}

/**
 * What two policies decide differently about one file on one date, outcome by outcome: for an
 * appeal (the rules then and now) or before a rule change (the pack today and the draft). Two
 * outcomes are the same when the entries, benefits or duties are, whichever rules decided them.
 *
 * @example compare(pack2025, pack2026, file, { at: '2026-03-01' }).differences
 */
export function compare(
  a: Policy,
  b: Policy,
  file: CreditFile,
  options: { readonly at: string },
): PolicyComparison {
  const left = byOutcome(evaluate(a, file, options))
  const right = byOutcome(evaluate(b, file, options))
  const outcomes = [...new Set([...left.keys(), ...right.keys()])].sort()
  const differences: PolicyDifference[] = []
  for (const outcome of outcomes) {
    const x = left.get(outcome) ?? []
    const y = right.get(outcome) ?? []
    const sx = new Set(x.map(substanceOf))
    const sy = new Set(y.map(substanceOf))
    const same = sx.size === sy.size && [...sx].every((s) => sy.has(s))
    if (!same) differences.push({ outcome, a: x, b: y })
  }
  return { same: differences.length === 0, differences }
}
