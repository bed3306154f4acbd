import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import { type AppendBatch, type EventStore, memoryStore } from '../../src/store'
import { sampleHistory } from '../../src/testing'
import { fixedClock } from '../../src/time'
import { GROUP, registration, snapshot } from './fixtures'

const clock = () => fixedClock('2024-01-01T00:00:00Z', 1000)

/**
 * A store on which another writer wins the first `losses` races: each append first lets a
 * rival ledger register an organization of its own, so the batch arrives at a moved head.
 * Counts the appends and the sections run under the write lock.
 */
function contestedStore(losses: number, withLock: boolean) {
  const inner = memoryStore()
  const rival = createLedger({ store: inner, clock: clock() })
  const counts = { appends: 0, locked: 0 }
  let left = losses
  const { withWriteLock, ...rest } = inner
  const store: EventStore = {
    ...rest,
    async append(batch: AppendBatch) {
      counts.appends++
      if (left-- > 0) await rival.append(sampleHistory(5000 + left, { entries: 1 }))
      return inner.append(batch)
    },
    ...(withLock && withWriteLock
      ? {
          withWriteLock: (section) => {
            counts.locked++
            return withWriteLock(section)
          },
        }
      : {}),
  }
  return { store, counts }
}

describe('ledger.append against other writers', () => {
  it('writes a small batch inside the write lock once it has lost eight races', async () => {
    const { store, counts } = contestedStore(100, true)
    const ledger = createLedger({ store, clock: clock() })
    const { entries } = await ledger.append(registration(GROUP))
    expect(counts).toEqual({ appends: 8, locked: 1 })
    expect(entries[0]).toMatchObject({ seq: 8, version: 1 })
    expect((await ledger.head()).size).toBe(9)
  })

  it('waits for the lock at its first lost race when the batch has 256 entries or more', async () => {
    const { store, counts } = contestedStore(100, true)
    const ledger = createLedger({ store, clock: clock() })
    const inputs = Array.from({ length: 256 }, (_, i) => sampleHistory(100 + i, { entries: 1 }))
    const { entries } = await ledger.append(inputs.flat())
    expect(counts).toEqual({ appends: 1, locked: 1 })
    expect(entries).toHaveLength(256)
  })

  it('keeps trying, however many races it loses, on a store without a write lock', async () => {
    const { store, counts } = contestedStore(20, false)
    const ledger = createLedger({ store, clock: clock() })
    const { entries } = await ledger.append(registration(GROUP))
    expect(counts.appends).toBe(21)
    expect(entries[0]?.seq).toBe(20)
  })

  it('calls a store failing that reports a conflict while its head has not moved, and writes nothing', async () => {
    const inner = memoryStore()
    const store: EventStore = {
      ...inner,
      append: async () => ({ status: 'conflict', head: await inner.head() }),
    }
    const ledger = createLedger({ store, clock: clock() })
    await expect(ledger.append(registration(GROUP))).rejects.toMatchObject({
      code: 'STORE_FAILURE',
    })
    expect(await snapshot(inner)).toEqual({ head: 0, entries: [], checkpoints: [] })
  })

  it('calls a store failing that lets another writer in while its write lock is held', async () => {
    const { store } = contestedStore(100, true)
    const broken: EventStore = {
      ...store,
      async withWriteLock(section) {
        const head = await store.head()
        return section(async () => ({ status: 'conflict', head: head + 1 }), head)
      },
    }
    const ledger = createLedger({ store: broken, clock: clock() })
    await expect(ledger.append(registration(GROUP))).rejects.toMatchObject({
      code: 'STORE_FAILURE',
      message: expect.stringContaining('write lock'),
    })
  })
})
