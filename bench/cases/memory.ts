import { createLedger } from '../../src/createLedger'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import type { BenchCase, Row } from '../harness/benchCase'
import { collectGarbage } from '../harness/measure'
import { batches, inputsAt, organizations } from '../workload/workload'

const MiB = 2 ** 20
// The target: 2.4 million entries under 3 GiB RSS, that is 1,342 bytes per entry.
const BYTES_PER_ENTRY = (3 * 2 ** 30) / 2_400_000

function usage(): { rss: number; heap: number } {
  collectGarbage()
  collectGarbage()
  const { rss, heapUsed, external } = process.memoryUsage()
  // Merkle leaf hashes live in ArrayBuffers, outside the V8 heap: count them with it.
  return { rss, heap: heapUsed + external }
}

/** memory: RSS and heap after loading the workload into the memory store through the ledger. */
export const memoryCase: BenchCase = {
  name: 'memory',
  summary:
    'RSS and heap (with ArrayBuffers) after appending the workload through `ledger.append` into a memory store, per organization and per entry; each repetition in a fresh process',
  processPerRepetition: true,
  async run(settings): Promise<Row[]> {
    const before = usage()
    const ledger = createLedger({
      store: memoryStore(),
      clock: fixedClock('2025-01-01T00:00:00+08:00', 1000),
    })
    let head = 0
    for (const group of batches(organizations(settings.seed, settings.n), settings.batchSize)) {
      head = (await ledger.append(inputsAt(group, head))).size
    }
    const after = usage()
    // Keeps the ledger reachable until after the measurement.
    if ((await ledger.head()).size !== head) throw new Error('the ledger lost entries')
    const heap = after.heap - before.heap
    const rows: Row[] = [
      {
        case: 'memory',
        measure: `RSS of the process, ${head.toLocaleString('en-US')} entries`,
        unit: 'MiB',
        project: [after.rss / MiB],
        ...(head >= 2_400_000 ? { targets: [{ atMost: 3072 }] } : {}),
      },
      {
        case: 'memory',
        measure: 'RSS per entry',
        unit: 'B',
        project: [after.rss / head],
        targets: [{ atMost: BYTES_PER_ENTRY }],
      },
      {
        case: 'memory',
        measure: 'heap + ArrayBuffers per entry',
        unit: 'B',
        project: [heap / head],
      },
      {
        case: 'memory',
        measure: 'heap + ArrayBuffers per organization',
        unit: 'B',
        project: [heap / settings.n],
      },
    ]
    settings.log(`  ${Math.round(after.rss / MiB)} MiB RSS, ${Math.round(heap / head)} B/entry`)
    return rows
  },
}
