import {
  cnPolicy,
  type Decision,
  evaluate,
  type Ledger,
  nextChange,
  render,
  type SweepState,
  sweep,
} from '../../src/index'
import { town } from './organizations'

/**
 * Runs the national pack over the town from `from` to `to` as a registry catching up would:
 * it sweeps every organization on each day some decision changes (an incremental sweep
 * revisits only the organizations that changed or whose next change has come), applies the
 * automatic proposals and prints them with their explanations. Returns how many it applied.
 */
export async function catchUpRules(ledger: Ledger, from: string, to: string): Promise<number> {
  console.log(`\n── the national rules (cnPolicy), ${from} to ${to} ──`)
  let applied = 0
  let state: SweepState | undefined
  let at: string | null = from
  let rounds = 0
  while (at !== null && at <= to) {
    if (++rounds > 1000) throw new Error(`the rules did not settle by ${at}`)
    const swept = await sweep(ledger, cnPolicy, { at, ...(state ? { state } : {}) })
    state = swept.state
    const revisited = new Set(swept.evaluated)
    const fresh = swept.decisions.filter((decision) => revisited.has(decision.org))
    let appendedToday = 0
    for (const outcome of await ledger.apply(fresh)) {
      if (outcome.status !== 'appended') continue
      appendedToday++
      const name = town.find((o) => o.org === outcome.decision.org)?.name
      console.log(`${at} ${name}: ${render(outcome.decision, 'zh')}`)
    }
    applied += appendedToday
    // What was applied may lead to more on the same day; otherwise on to the next change.
    if (appendedToday === 0) at = earliestNext(state)
  }
  console.log(`${applied} entries applied, each citing its rule, the policy hash and its inputs`)
  return applied
}

function earliestNext(state: SweepState): string | null {
  let next: string | null = null
  for (const { next: day } of Object.values(state.organizations)) {
    if (day !== null && (next === null || day < next)) next = day
  }
  return next
}

/** Prints what the pack decides about one organization on `at` (entitlements counted), and the day that next changes. */
export async function showDecisions(ledger: Ledger, org: string, at: string): Promise<void> {
  const file = await ledger.creditFile(org, { asOf: at })
  const decisions = evaluate(cnPolicy, file, { at })
  console.log(`\n${file.identity.name} on ${at}: ${entitlementCount(decisions)}`)
  for (const decision of decisions) {
    if (decision.kind !== 'entitlement') console.log(`  · ${render(decision, 'en')}`)
  }
  const next = nextChange(cnPolicy, file, { from: at })
  console.log(
    `  its decisions next change on ${next ?? 'no known day'}, with nothing new recorded:`,
  )
  if (next === null) return
  const before = new Set(decisions.map(key))
  const later = evaluate(cnPolicy, await ledger.creditFile(org, { asOf: next }), { at: next })
  for (const decision of later)
    if (!before.has(key(decision))) console.log(`  + ${render(decision, 'en')}`)
}

function key(decision: Decision): string {
  return render(decision, 'en')
}

function entitlementCount(decisions: readonly Decision[]): string {
  const named = (effect: 'grant' | 'bar') =>
    decisions.flatMap((d) => (d.kind === 'entitlement' && d.effect === effect ? [d.label.en] : []))
  const granted = named('grant')
  const barred = named('bar')
  return `granted ${granted.join(', ') || 'none'}; barred ${barred.join(', ') || 'none'}`
}
