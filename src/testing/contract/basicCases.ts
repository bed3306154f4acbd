import { expect, it } from 'vitest'
import { batch, collect, entry } from './fixtures'
import type { ContractHarness } from './harness'

/** Reads and writes of one store: ranges, paging, records beside the entries. */
export function basicCases({ withStore }: ContractHarness): void {
  it('starts empty', () =>
    withStore(async (store) => {
      expect(await store.head()).toBe(0)
      expect(await store.streamVersion('A')).toBe(0)
      expect(await collect(store.readAll())).toEqual([])
      expect(await collect(store.streams())).toEqual([])
      expect(await store.checkpoints()).toEqual([])
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
      for (const nowhere of [3, -1, 1.5]) expect(await store.readEntry(nowhere)).toBeUndefined()
      expect(await store.readPersonal(-1)).toBeUndefined()
      expect(await collect(store.readAll())).toEqual(entries)
      expect(await collect(store.streams())).toEqual(['A', 'B'])
    }))

  it('reads a stream by an inclusive version range', () =>
    withStore(async (store) => {
      await store.append(batch([0, 1, 2, 3].map((i) => entry(i, 'A', i + 1))))
      const middle = await store.readStream('A', { fromVersion: 2, toVersion: 3 })
      expect(middle.map((e) => e.version)).toEqual([2, 3])
      expect((await store.readStream('A', { fromVersion: 3 })).map((e) => e.version)).toEqual([
        3, 4,
      ])
      expect(await store.readStream('nobody')).toEqual([])
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

  it('answers a repeated idempotency key with the first record and writes nothing', () =>
    withStore(async (store) => {
      const record = { key: 'k1', requestHash: 'ab', firstSeq: 0, count: 1 }
      await store.append({ ...batch([entry(0, 'A', 1)]), idempotency: record })
      const again = await store.append({
        ...batch([entry(1, 'A', 2)]),
        idempotency: { ...record, firstSeq: 1 },
      })
      expect(again).toEqual({ status: 'duplicate', record })
      const stale = await store.append({ ...batch([entry(0, 'A', 1)]), idempotency: record })
      expect(stale).toEqual({ status: 'duplicate', record })
      expect(await store.head()).toBe(1)
      expect(await store.findIdempotency('k1')).toEqual(record)
      expect(await store.findIdempotency('k2')).toBeUndefined()
    }))

  it('keeps personal data beside an entry and erases it without touching the entry', () =>
    withStore(async (store) => {
      const people = [
        { role: 'legal_representative', name: '张三', idNumber: '110101199003070011' },
      ]
      const salt = new Uint8Array(16).fill(7)
      await store.append({ entries: [entry(0, 'A', 1)], personal: [{ seq: 0, salt, people }] })
      expect(await store.readPersonal(0)).toEqual({ seq: 0, salt, people })
      await store.erasePersonal(0)
      expect(await store.readPersonal(0)).toBeUndefined()
      await store.erasePersonal(0)
      expect(await store.readEntry(0)).toEqual(entry(0, 'A', 1))
    }))

  it('keeps checkpoints in size order', () =>
    withStore(async (store) => {
      await store.saveCheckpoint({ size: 5, note: 'five' })
      await store.saveCheckpoint({ size: 2, note: 'two' })
      await store.saveCheckpoint({ size: 5, note: 'five again' })
      expect(await store.checkpoints()).toEqual([
        { size: 2, note: 'two' },
        { size: 5, note: 'five' },
        { size: 5, note: 'five again' },
      ])
    }))
}
