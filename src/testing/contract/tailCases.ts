import { expect, it } from 'vitest'
import type { EventStore } from '../../store'
import { batch, entry, racingBatch, tailUntil, writeRetrying } from './fixtures'
import type { ContractHarness } from './harness'

const COMMITS = 6

/** A tail sees every committed entry once, in order, however the writers interleave. */
export function tailCases({ withHandles, writers, batchSize, timeoutMs }: ContractHarness): void {
  it(
    `tails from a position and yields every seq exactly once, in order, while ${writers} writers commit`,
    async (context) => {
      await withHandles(writers + 1, async ([reader, ...others]) => {
        const store = reader as EventStore
        const tail = store.tail
        if (!tail) {
          context.skip()
          return
        }
        await store.append(batch(Array.from({ length: 5 }, (_, i) => entry(i, 'FIRST', 0))))
        const size = racingBatch(batchSize)
        const total = 5 + writers * COMMITS * size
        const reading = tailUntil((signal) => tail.call(store, 2, { signal, pollMs: 5 }), total - 2)
        await Promise.all(others.map((w, i) => writeRetrying(w, `W${i}`, COMMITS, size)))
        expect(await reading).toEqual(Array.from({ length: total - 2 }, (_, i) => i + 2))
      })
    },
    timeoutMs,
  )

  it('ends a tail that is waiting for entries when its signal aborts', async (context) => {
    await withHandles(1, async ([reader]) => {
      const store = reader as EventStore
      const tail = store.tail
      if (!tail) {
        context.skip()
        return
      }
      await store.append(batch([entry(0, 'A', 1)]))
      const stop = new AbortController()
      setTimeout(() => stop.abort(), 50)
      const seen: number[] = []
      for await (const page of tail.call(store, 0, { signal: stop.signal, pollMs: 10 })) {
        seen.push(...page.map((e) => e.seq))
      }
      expect(seen).toEqual([0])
    })
  })
}
