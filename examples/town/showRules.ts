import {
  cnPolicy,
  type Decision,
  evaluate,
  type Ledger,
  nextChange,
  render,
  runRules,
  type SweepState,
} from '../../src/index'
import { town } from './organizations'

/**
 * Runs the national pack over the town from `from` to `to` as a registry catching up would,
 * with `runRules`: it sweeps on each day some decision may change, applies the automatic
 * proposals, and returns what it applied, printed here with their explanations. The state it
 * hands over after each round is what a nightly job would keep (here: its size in JSON).
 */
export async function catchUpRules(ledger: Ledger, from: string, to: string): Promise<SweepState> {
  console.log(`\n── the national rules (cnPolicy), ${from} to ${to} ──`)
  let kept = ''
  const run = await runRules(ledger, cnPolicy, {
    from,
    to,
    onState: (state) => {
      kept = JSON.stringify(state)
    },
  })
  for (const day of run.days) {
    for (const { decision } of day.appended) {
      const name = town.find((o) => o.org === decision.org)?.name
      console.log(`${day.at} ${name}: ${render(decision, 'zh')}`)
    }
  }
  const { sweeps, evaluated, appended } = run.counts
  console.log(
    `${appended} entries applied, each citing its rule, the policy hash and its inputs (${sweeps} sweeps, ${evaluated} evaluations; the state kept is ${kept.length} bytes of JSON)`,
  )
  return run.state
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
