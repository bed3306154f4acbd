import { expect, it } from 'vitest'
import type { EventStore } from '../../store'
import { batch, collect, entry, racingBatch, writeRetrying } from './fixtures'
import type { ContractHarness } from './harness'

const ROUNDS = 5
const COMMITS = 6

/** Writers that race: on one stream exactly one wins each version; on many, no seq is lost. */
export function racingCases({ withHandles, writers, batchSize, timeoutMs }: ContractHarness): void {
  it(
    `lets exactly one of ${writers} racing writers win each version, and the rest write nothing`,
    () =>
      withHandles(writers, async (handles) => {
        const first = handles[0] as EventStore
        await first.append(batch([entry(0, 'A', 1)]))
        for (let round = 0; round < ROUNDS; round++) {
          const head = 1 + round
          const outcomes = await Promise.all(
            handles.map((store, w) =>
              store.append(batch([entry(head, 'A', head + 1, { writer: w })])),
            ),
          )
          const won = outcomes.filter((o) => o.status === 'committed')
          const lost = outcomes.filter((o) => o.status !== 'committed')
          expect(won).toHaveLength(1)
          expect(lost).toEqual(lost.map(() => ({ status: 'conflict', head: head + 1 })))
        }
        const log = await collect(first.readAll())
        expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i))
        expect(log.map((e) => e.version)).toEqual(log.map((_, i) => i + 1))
        expect(await first.head()).toBe(ROUNDS + 1)
      }),
    timeoutMs,
  )

  it(
    `keeps seq gap-free and every stream whole when ${writers} writers append at once`,
    () =>
      withHandles(writers, async (handles) => {
        const size = racingBatch(batchSize)
        await Promise.all(handles.map((store, w) => writeRetrying(store, `W${w}`, COMMITS, size)))
        const log = await collect((handles[0] as EventStore).readAll())
        expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i))
        expect(log).toHaveLength(writers * COMMITS * size)
        for (let w = 0; w < writers; w++) {
          const stream = log.filter((e) => e.org === `W${w}`)
          expect(stream.map((e) => e.version)).toEqual(stream.map((_, i) => i + 1))
          expect(stream.map((e) => (e.data as { n: number }).n)).toEqual(stream.map((_, i) => i))
        }
      }),
    timeoutMs,
  )
}
