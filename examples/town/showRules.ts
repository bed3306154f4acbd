import {
  cnPolicy,
  type Decision,
  dueDates,
  evaluate,
  type Ledger,
  nextChange,
  type ObligationDecision,
  render,
  runRules,
  type SweepState,
} from '../../src/index'
import { town } from './organizations'

/**
 * Runs the national pack over the town from `from` (or from a kept state) to `to` as a registry
 * catching up would, with `runRules`: it sweeps on each day some decision may change and
 * applies the automatic proposals, printed here with their explanations. Returns the state as
 * a nightly job would keep it: JSON text.
 */
export async function showRulesRun(
  ledger: Ledger,
  start: { readonly from: string } | { readonly kept: string },
  to: string,
): Promise<string> {
  const since = 'from' in start ? start.from : `the kept state of ${JSON.parse(start.kept).at}`
  console.log(`\n── the national rules (cnPolicy), ${since} to ${to} ──`)
  let kept = ''
  const run = await runRules(ledger, cnPolicy, {
    ...('from' in start ? { from: start.from } : { state: JSON.parse(start.kept) }),
    to,
    onState: (state) => {
      kept = JSON.stringify(state)
    },
  })
  for (const day of run.days) {
    for (const { decision } of day.appended) {
      console.log(`${day.at} ${nameOf(decision.org)}: ${render(decision, 'zh')}`)
    }
  }
  const { sweeps, evaluated, appended } = run.counts
  console.log(
    `${appended} entries applied, each citing its rule, the policy hash and its inputs (${sweeps} sweeps, ${evaluated} evaluations; the state kept is ${kept.length} bytes of JSON)`,
  )
  return kept
}

/** Prints the obligations not yet done that fall due in the `days` days after the run, as of the run. */
export function showDueDates(kept: string, days: number): void {
  const state: SweepState = JSON.parse(kept)
  const to = plusDays(state.at, days)
  const soon = dueDates(state, { from: state.at, to })
  console.log(`due ${state.at} to ${to}, as of ${soon.asOf}: ${soon.total || 'nothing'}`)
  for (const obligation of soon.items) console.log(`  ${line(obligation)}`)
}

function line(obligation: ObligationDecision): string {
  return `${obligation.due} ${nameOf(obligation.org)}: ${render(obligation, 'zh')}`
}

function plusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

function nameOf(org: string): string {
  return town.find((o) => o.org === org)?.name ?? org
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
