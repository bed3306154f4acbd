import { createLedger, type Ledger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import type { BenchCase, Row, Settings } from '../harness/benchCase'
import { compareRates, type Pass, type Timed } from '../harness/measure'
import { mark, since } from '../harness/stopwatch'
import { AppendLimit } from '../limits/appendLimit'
import { SaltedAppendLimit } from '../limits/saltedAppendLimit'
import { appendCalls } from '../workload/appendPlan'

/** Times each call of a pass of the workload's appends; the generation between calls is not timed. */
async function timedCalls(
  settings: Settings,
  n: number,
  append: (call: readonly EntryInput[]) => unknown,
): Promise<Timed> {
  let items = 0
  let seconds = 0
  let cpuSeconds = 0
  for (const call of appendCalls(settings.seed, n, settings.batchSize)) {
    const start = mark()
    await append(call)
    const elapsed = since(start)
    seconds += elapsed.seconds
    cpuSeconds += elapsed.cpuSeconds
    items += call.length
  }
  return { items, seconds, cpuSeconds }
}

/** The public `ledger.append` of the first `n` organizations into a fresh memory store. */
export function appendPass(settings: Settings, n: number): Pass<Ledger> {
  return {
    prepare: () =>
      createLedger({ store: memoryStore(), clock: fixedClock('2025-01-01T00:00:00+08:00', 1000) }),
    run: (ledger) => timedCalls(settings, n, (call) => ledger.append(call)),
  }
}

/** The hand-written limit of an append over the same calls. */
export function appendLimitPass(settings: Settings, n: number): Pass<AppendLimit> {
  return {
    prepare: () => new AppendLimit(),
    run: (limit) => timedCalls(settings, n, (call) => limit.append(call)),
  }
}

/** The hand-written limit of an append that commits to each field, as the library does. */
export function saltedAppendLimitPass(settings: Settings, n: number): Pass<SaltedAppendLimit> {
  return {
    prepare: () => new SaltedAppendLimit(),
    run: (limit) => timedCalls(settings, n, (call) => limit.append(call)),
  }
}

/** append: the public append into the memory store against zod + canonical JSON + SHA-256 by hand. */
export const appendCase: BenchCase = {
  name: 'append',
  summary:
    "entries/s through `ledger.append` in batches into a memory store, validation and hashing on; limit: zod safeParse + canonical JSON + one SHA-256 per entry, hand-written, no store; second limit: the same plus a salted commitment to each content field, as the library's leaf has",
  async run(settings): Promise<Row[]> {
    const rates = await compareRates(
      settings,
      appendPass(settings, settings.n),
      appendLimitPass(settings, settings.n),
    )
    settings.log('  the limit with per-field salted commitments:')
    const salted = await compareRates(settings, saltedAppendLimitPass(settings, settings.n))
    return [
      {
        case: 'append',
        measure: `entries/s, memory store, ~${settings.batchSize} entries per call`,
        unit: 'entries/s',
        project: rates.project,
        limit: rates.limit,
        // The peer in WORKLOAD.md appends 9,000-10,000 entries/s; the target is five times that.
        targets: [{ ratioAtLeast: 0.7 }, { atLeast: 50_000 }],
      },
      {
        case: 'append',
        measure: 'entries/s, the same, against a limit that also commits to each field',
        unit: 'entries/s',
        project: rates.project,
        limit: salted.project,
      },
    ]
  },
}
