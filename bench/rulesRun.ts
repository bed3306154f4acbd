// `npx tsx bench/rulesRun.ts [n]`: what `runRules` costs over the standard workload (1,000
// organizations by default), in memory: a first run catching up over the workload's years, a
// nightly run of one more day from its state, and the state kept between them (JSON size, and
// the time to parse and check it). The figures are quoted in docs/rules-run.md.
import { createLedger } from '../src/createLedger'
import { cnPolicy } from '../src/policies'
import { dueDates, runRules } from '../src/register'
import type { SweepState } from '../src/rules'
import { checkSweepState } from '../src/rules/sweepState'
import { memoryStore } from '../src/store'
import { fixedClock } from '../src/time'
import { batches, DEFAULT_SEED, inputsAt, organizations } from './workload/workload'

const n = Number(process.argv[2] ?? 1000)
const ledger = createLedger({
  store: memoryStore(),
  clock: fixedClock('2026-01-01T09:00:00+08:00', 1),
})
for (const group of batches(organizations(DEFAULT_SEED, n), 1000)) {
  await ledger.append(inputsAt(group, (await ledger.head()).size))
}
const entries = (await ledger.head()).size
console.log(`${n} organizations, ${entries} entries`)

let t = performance.now()
const first = await runRules(ledger, cnPolicy, { from: '2015-01-01', to: '2025-06-30' })
let seconds = (performance.now() - t) / 1000
const { sweeps, evaluated, appended } = first.counts
console.log(
  `catch-up 2015-01-01 to 2025-06-30: ${seconds.toFixed(1)} s, ${sweeps} sweeps, ${evaluated} evaluations (${Math.round(evaluated / seconds)} orgs/s), ${appended} entries appended`,
)

t = performance.now()
const json = JSON.stringify(first.state)
const kept = checkSweepState(JSON.parse(json) as SweepState, ['state'])
seconds = (performance.now() - t) / 1000
console.log(
  `state: ${(json.length / 1e6).toFixed(1)} MB of JSON (${Math.round(json.length / n)} bytes an organization), stringified, parsed and checked in ${seconds.toFixed(2)} s`,
)

t = performance.now()
const night = await runRules(ledger, cnPolicy, { state: kept, to: '2025-07-01' })
seconds = (performance.now() - t) / 1000
console.log(
  `one more night from the kept state: ${seconds.toFixed(2)} s, ${night.counts.sweeps} sweeps, ${night.counts.evaluated} evaluations`,
)

t = performance.now()
const due = dueDates(night.state, { from: '2025-01-01', to: '2025-12-31', limit: 1000 })
console.log(
  `dueDates over 2025: ${due.total} obligations in ${(performance.now() - t).toFixed(0)} ms`,
)
