import { foldCreditFile } from '../credit-file/creditFileOf'
import { type EntryEnvelope, upcastEntry } from '../events'
import { dayOf } from '../time'
import { compiledOf } from './compile/compiledOf'
import { earlier } from './compile/dates'
import { run } from './compile/run'
import type { Decision } from './decision'
import { checkDay } from './evaluate'
import type { Policy } from './policy'

/**
 * What `sweep` needs of a ledger: its size, one organization's entries, and which organizations
 * have entries at or after a position. `createLedger` gives all three.
 */
export interface SweepLedger {
  head(): Promise<{ readonly size: number }>
  entries(org: string): Promise<readonly EntryEnvelope[]>
  changedSince(position: number): Promise<readonly string[]>
}

/** What one organization looked like at the last sweep. */
export interface SweptOrganization {
  /** The earliest day its decisions may change if nothing new is recorded; `null`: never. */
  readonly next: string | null
  readonly decisions: readonly Decision[]
}

/** What a sweep remembers, so that the next one revisits only what may have changed. */
export interface SweepState {
  readonly policy: string
  readonly at: string
  /** The ledger size the sweep had read up to. */
  readonly position: number
  readonly organizations: ReadonlyMap<string, SweptOrganization>
}

/** The date to sweep at, and the state of the sweep before. */
export interface SweepOptions {
  readonly at: string
  readonly state?: SweepState
}

/** Every organization's decisions, which organizations were evaluated, and the state for next time. */
export interface SweepResult {
  /** Sorted by rule id, kind and organization. Organizations not revisited keep their decisions and `at`. */
  readonly decisions: readonly Decision[]
  readonly evaluated: readonly string[]
  readonly state: SweepState
}

/**
 * Evaluates the policy for every organization in the ledger as of `at`. Given the state of an
 * earlier sweep of the same policy at the same date or before, it revisits only organizations
 * with entries recorded since and those whose next change has arrived; the decisions equal
 * those of a full sweep (see `sameDecisions`).
 *
 * @example
 * let swept = await sweep(ledger, policy, { at: '2024-06-01' })
 * swept = await sweep(ledger, policy, { at: '2024-06-02', state: swept.state })
 */
export async function sweep(
  ledger: SweepLedger,
  policy: Policy,
  options: SweepOptions,
): Promise<SweepResult> {
  const compiled = compiledOf(policy)
  const at = options.at
  checkDay(at, 'at')
  const size = (await ledger.head()).size
  const before = options.state
  const reuse =
    before !== undefined &&
    before.policy === compiled.hash &&
    before.at <= at &&
    before.position <= size
  const organizations = new Map<string, SweptOrganization>(reuse ? before.organizations : [])
  const visit = new Set(await ledger.changedSince(reuse ? before.position : 0))
  for (const [org, swept] of organizations)
    if (swept.next !== null && swept.next <= at) visit.add(org)
  const evaluated = [...visit].sort()
  for (const org of evaluated) {
    const entries = (await ledger.entries(org)).map(upcastEntry)
    let future: string | null = null
    for (const entry of entries) {
      // An ISO date or instant starts with its own day, and an offset moves the China day by at
      // most one, so an entry whose text day is before the date took effect by then.
      if (entry.effectiveAt.slice(0, 10) < at) continue
      const day = dayOf(entry.effectiveAt)
      if (day > at) future = earlier(future, day)
    }
    // The file is read here and dropped, so it is not frozen.
    const file = foldCreditFile(entries, { asOf: at }, false)
    if (file.version === 0) {
      organizations.set(org, { next: future, decisions: [] })
      continue
    }
    const result = run(compiled, file, at)
    organizations.set(org, { next: earlier(result.next, future), decisions: result.decisions })
  }
  const decisions = [...organizations.values()].flatMap((swept) => swept.decisions)
  decisions.sort(byRuleKindOrg)
  return {
    decisions,
    evaluated,
    state: { policy: compiled.hash, at, position: size, organizations },
  }
}

function byRuleKindOrg(a: Decision, b: Decision): number {
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1
  return a.org < b.org ? -1 : a.org > b.org ? 1 : 0
}
