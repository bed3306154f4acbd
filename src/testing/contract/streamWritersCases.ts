import { expect, it } from 'vitest'
import { createLedger } from '../../createLedger'
import { isLedgerError } from '../../errors'
import type { EventStore } from '../../store'
import { sampleHistory } from '../sampleHistory'
import { collect } from './fixtures'
import type { ContractHarness } from './harness'

const ENTRIES = 6

/**
 * Ledgers over separate handles, each writing a stream of its own, all at once: none may fail
 * for having lost races to the others, however many there are. Prints each count's p50 and
 * p99 append latency, for the record; nothing is timed.
 */
export function streamWritersCases({ withHandles, ledgers, timeoutMs }: ContractHarness): void {
  it(
    `lets ${ledgers} ledgers append to ${ledgers} streams at once, none of them failing`,
    () =>
      withHandles(ledgers, async (handles) => {
        const latencies: number[] = []
        const failures: unknown[] = []
        await Promise.all(
          handles.map(async (store, w) => {
            const ledger = createLedger({ store })
            for (const input of sampleHistory(900 + w, { entries: ENTRIES })) {
              const started = performance.now()
              await ledger.append(input).catch((error: unknown) => {
                failures.push(isLedgerError(error) ? `${error.code}: ${error.message}` : error)
              })
              latencies.push(performance.now() - started)
            }
          }),
        )
        expect(failures).toEqual([])
        const log = await collect((handles[0] as EventStore).readAll())
        expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i))
        expect(log).toHaveLength(ledgers * ENTRIES)
        for (let w = 0; w < ledgers; w++) {
          const stream = log.filter((e) => e.org === sampleHistory(900 + w, { entries: 1 })[0]?.org)
          expect(stream.map((e) => e.version)).toEqual(stream.map((_, i) => i + 1))
        }
        latencies.sort((a, b) => a - b)
        const at = (q: number) =>
          (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(1)
        console.info(
          `${ledgers} ledgers on ${ledgers} streams: append p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`,
        )
      }),
    // Each ledger takes its turn on a busy machine: a second more for each.
    timeoutMs + 1000 * ledgers,
  )
}
