// One of the writer processes of the `writers` case; started by cases/writers.ts, never by hand.
// Appends every `--of`th organization of the workload from the `--index`th, one call per
// organization (entries that amend another wait for its seq), once told `go` on stdin, and
// prints one JSON line.
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { storeFromArgs } from '../examples/storeFromArgs'
import { createLedger } from '../src/createLedger'
import { isLedgerError } from '../src/errors'
import type { EntryInput } from '../src/ledger/entryInput'
import { useNodeCrypto } from '../src/node'
import type { EventStore } from '../src/store'
import { fixedClock } from '../src/time'
import { organizations } from './workload/workload'

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    mode: { type: 'string' },
    index: { type: 'string' },
    of: { type: 'string' },
    n: { type: 'string' },
    seed: { type: 'string' },
  },
})
useNodeCrypto()
const opened = await storeFromArgs(['--store', values.store ?? 'memory'])
// The optimistic path is the one a store without a write lock gets.
const { withWriteLock: _, ...optimistic } = opened
const store: EventStore = values.mode === 'optimistic' ? optimistic : opened
// Every writer's clock reads the same moment: the processes share one time.
const ledger = createLedger({ store, clock: fixedClock('2025-01-01T00:00:00+08:00') })
await ledger.head()
const [index, of] = [Number(values.index), Number(values.of)]
// This writer's organizations, generated before the clock starts.
const mine = [...organizations(Number(values.seed), Number(values.n))].filter(
  (_, number) => number % of === index,
)
// Ready: the clock starts when every writer is, on the `go` line.
process.stdout.write('ready\n')
await createInterface({ input: process.stdin })[Symbol.asyncIterator]().next()
const latencies: number[] = []
const failures: string[] = []
let entries = 0
const cpu = process.cpuUsage()
const started = performance.now()
for (const item of mine) {
  // An entry that amends another is sent once its target's seq is known.
  const seqs: number[] = []
  let call: EntryInput[] = []
  const send = async () => {
    if (call.length === 0) return
    const at = performance.now()
    try {
      const result = await ledger.append(call)
      seqs.push(...result.entries.map((entry) => entry.seq))
      entries += call.length
    } catch (error) {
      failures.push(isLedgerError(error) ? `${error.code}: ${error.message}` : String(error))
    }
    latencies.push(performance.now() - at)
    call = []
  }
  for (const entry of item.entries) {
    if (entry.amendsIndex !== undefined) {
      if (seqs.length <= entry.amendsIndex) await send()
      call.push({ ...entry.input, amends: seqs[entry.amendsIndex] } as EntryInput)
    } else call.push(entry.input)
  }
  await send()
}
const seconds = (performance.now() - started) / 1000
const { user, system } = process.cpuUsage(cpu)
process.stdout.write(
  `${JSON.stringify({ entries, seconds, cpuSeconds: (user + system) / 1e6, latencies, failures })}\n`,
)
await ledger.close()
process.exit(0)
