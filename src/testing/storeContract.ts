import { describe, expect, it } from 'vitest'
import type { EntryEnvelope } from '../events/envelope'
import type { AppendBatch, EventStore } from '../store/eventStore'

/** Makes a fresh, empty store for one test; the suite closes it afterwards. */
export type StoreFactory = () => EventStore | Promise<EventStore>

/**
 * The behaviour every `EventStore` must show, as a vitest suite. Call it from a test file of
 * your adapter with a factory that returns an empty store each time.
 *
 * @example
 * storeContract('memoryStore', () => memoryStore())
 */
export function storeContract(name: string, factory: StoreFactory): void {
  const withStore = async (run: (store: EventStore) => Promise<void>): Promise<void> => {
    const store = await factory()
    try {
      await run(store)
    } finally {
      await store.close()
    }
  }

  describe(`${name} (EventStore contract)`, () => {
    it('starts empty', () =>
      withStore(async (store) => {
        expect(await store.head()).toBe(0)
        expect(await store.streamVersion('A')).toBe(0)
        expect(await collect(store.readAll())).toEqual([])
      }))

    it('commits a batch across several organizations and reads it back in order', () =>
      withStore(async (store) => {
        const entries = [entry(0, 'A', 1), entry(1, 'B', 1), entry(2, 'A', 2)]
        expect(await store.append(batch(entries))).toEqual({ status: 'committed' })
        expect(await store.head()).toBe(3)
        expect(await store.streamVersion('A')).toBe(2)
        expect((await store.readStream('A')).map((e) => e.seq)).toEqual([0, 2])
        expect((await store.readStream('B')).map((e) => e.seq)).toEqual([1])
        expect(await store.readEntry(1)).toEqual(entries[1])
        expect(await collect(store.readAll())).toEqual(entries)
        expect((await collect(store.streams())).sort()).toEqual(['A', 'B'])
      }))

    it('reads a stream by an inclusive version range', () =>
      withStore(async (store) => {
        await store.append(batch([0, 1, 2, 3].map((i) => entry(i, 'A', i + 1))))
        const middle = await store.readStream('A', { fromVersion: 2, toVersion: 3 })
        expect(middle.map((e) => e.version)).toEqual([2, 3])
        expect(await store.readStream('nobody')).toEqual([])
      }))

    it('refuses a batch that does not start at the head and writes none of it', () =>
      withStore(async (store) => {
        await store.append(batch([entry(0, 'A', 1)]))
        const outcome = await store.append(batch([entry(0, 'B', 1), entry(1, 'A', 2)]))
        expect(outcome).toEqual({ status: 'conflict', head: 1 })
        expect(await store.head()).toBe(1)
        expect(await store.streamVersion('B')).toBe(0)
      }))

    it('refuses a batch whose stream version does not follow, leaving other streams untouched', () =>
      withStore(async (store) => {
        await store.append(batch([entry(0, 'A', 1)]))
        const outcome = await store.append(batch([entry(1, 'B', 1), entry(2, 'A', 3)]))
        expect(outcome.status).toBe('conflict')
        expect(await store.head()).toBe(1)
        expect(await store.streamVersion('B')).toBe(0)
      }))

    it('lets exactly one of several concurrent writers win the same version', () =>
      withStore(async (store) => {
        await store.append(batch([entry(0, 'A', 1)]))
        const racers = Array.from({ length: 8 }, (_, i) =>
          store.append(batch([entry(1, 'A', 2, { writer: i })])),
        )
        const outcomes = await Promise.all(racers)
        expect(outcomes.filter((o) => o.status === 'committed')).toHaveLength(1)
        expect(outcomes.filter((o) => o.status === 'conflict')).toHaveLength(7)
        expect(await store.head()).toBe(2)
      }))

    it('answers a repeated idempotency key with the first record and writes nothing', () =>
      withStore(async (store) => {
        const record = { key: 'k1', requestHash: 'ab', firstSeq: 0, count: 1 }
        await store.append({ ...batch([entry(0, 'A', 1)]), idempotency: record })
        const again = await store.append({
          ...batch([entry(1, 'A', 2)]),
          idempotency: { ...record, firstSeq: 1 },
        })
        expect(again).toEqual({ status: 'duplicate', record })
        expect(await store.head()).toBe(1)
        expect(await store.findIdempotency('k1')).toEqual(record)
        expect(await store.findIdempotency('k2')).toBeUndefined()
      }))

    it('pages the whole log from a position and yields every seq exactly once', () =>
      withStore(async (store) => {
        await store.append(batch(Array.from({ length: 25 }, (_, i) => entry(i, `O${i % 4}`, 0))))
        const seqs: number[] = []
        for await (const page of store.readAll({ from: 5, pageSize: 7 })) {
          expect(page.length).toBeLessThanOrEqual(7)
          seqs.push(...page.map((e) => e.seq))
        }
        expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 5))
      }))

    it('keeps personal data beside an entry and erases it without touching the entry', () =>
      withStore(async (store) => {
        const people = [{ role: 'legal_representative', name: '张三' }]
        const salt = new Uint8Array(16).fill(7)
        await store.append({ entries: [entry(0, 'A', 1)], personal: [{ seq: 0, salt, people }] })
        expect(await store.readPersonal(0)).toEqual({ seq: 0, salt, people })
        await store.erasePersonal(0)
        expect(await store.readPersonal(0)).toBeUndefined()
        expect(await store.readEntry(0)).toEqual(entry(0, 'A', 1))
      }))

    it('keeps checkpoints in size order', () =>
      withStore(async (store) => {
        await store.saveCheckpoint({ size: 5, note: 'five' })
        await store.saveCheckpoint({ size: 2, note: 'two' })
        expect((await store.checkpoints()).map((c) => c.size)).toEqual([2, 5])
      }))
  })
}

function entry(seq: number, org: string, version: number, data: object = {}): EntryEnvelope {
  return {
    by: 'test',
    data,
    effectiveAt: '2024-01-01',
    org,
    recordedAt: '2024-01-01T00:00:00.000Z',
    schema: 1,
    seq,
    type: 'Tested',
    version,
  }
}

// Versions of 0 are filled in per stream, so tests can write many streams briefly.
function batch(entries: readonly EntryEnvelope[]): AppendBatch {
  const next = new Map<string, number>()
  const numbered = entries.map((e) => {
    if (e.version !== 0) return e
    const version = (next.get(e.org) ?? 0) + 1
    next.set(e.org, version)
    return { ...e, version }
  })
  return { entries: numbered, personal: [] }
}

async function collect<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  const all: T[] = []
  for await (const page of pages) all.push(...page)
  return all
}
