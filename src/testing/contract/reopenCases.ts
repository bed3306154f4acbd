import { expect, it } from 'vitest'
import { createLedger } from '../../createLedger'
import { entryLeafHash } from '../../proof'
import type { EventStore } from '../../store'
import { sampleHistory } from '../sampleHistory'
import { batch, collect, entry } from './fixtures'
import type { ReopenableStorage, WithStorage } from './harness'

async function using<T>(storage: ReopenableStorage, run: (store: EventStore) => Promise<T>) {
  const store = await storage.open()
  try {
    return await run(store)
  } finally {
    await store.close()
  }
}

/** What a durable store keeps must be there again after it is closed and opened. */
export function reopenCases(withStorage: WithStorage): void {
  it('keeps entries, leaf hashes, personal data and checkpoints across a reopen', () =>
    withStorage(async (storage) => {
      const salt = new Uint8Array(16).fill(3)
      const people = [{ role: 'legal_representative', name: '赵敏' }]
      const written = [entry(0, 'A', 1, { n: 0 }), entry(1, 'B', 1), entry(2, 'A', 2)]
      await using(storage, async (store) => {
        await store.append({ entries: written, personal: [{ seq: 1, salt, people }] })
        await store.saveCheckpoint({ size: 3, note: 'three' })
      })
      await using(storage, async (store) => {
        expect(await store.head()).toBe(3)
        expect(await collect(store.readAll())).toEqual(written)
        expect(await store.readPersonal(1)).toEqual({ seq: 1, salt, people })
        expect(await store.checkpoints()).toEqual([{ size: 3, note: 'three' }])
        if (store.readLeaves) {
          const leaves = await collect(store.readLeaves())
          expect(leaves.map((l) => Array.from(l))).toEqual(
            written.map((e) => Array.from(entryLeafHash(e))),
          )
        }
        await store.erasePersonal(1)
      })
      await using(storage, async (store) => {
        expect(await store.readPersonal(1)).toBeUndefined()
      })
    }))

  it('remembers idempotency keys across a restart', () =>
    withStorage(async (storage) => {
      const record = { key: 'k', requestHash: 'cd', firstSeq: 0, count: 1 }
      await using(storage, (store) =>
        store.append({ ...batch([entry(0, 'A', 1)]), idempotency: record }),
      )
      await using(storage, async (store) => {
        expect(await store.findIdempotency('k')).toEqual(record)
        const again = await store.append({ ...batch([entry(1, 'A', 2)]), idempotency: record })
        expect(again).toEqual({ status: 'duplicate', record })
        expect(await store.head()).toBe(1)
      })
    }))

  it('answers a ledger that repeats a key after a restart with the first result', () =>
    withStorage(async (storage) => {
      const inputs = sampleHistory(0, { entries: 3 })
      const key = { idempotencyKey: 'register-0' }
      const first = await using(storage, (store) => createLedger({ store }).append(inputs, key))
      const again = await using(storage, async (store) => {
        const result = await createLedger({ store }).append(inputs, key)
        expect(await store.head()).toBe(3)
        return result
      })
      expect(again).toEqual(first)
    }))

  it('gives a fresh ledger over a reopened store the head its writer had', () =>
    withStorage(async (storage) => {
      const head = await using(storage, async (store) => {
        const ledger = createLedger({ store })
        await ledger.append([...sampleHistory(1), ...sampleHistory(2)])
        await ledger.append(sampleHistory(3))
        return ledger.head()
      })
      expect(await using(storage, (store) => createLedger({ store }).head())).toEqual(head)
    }))

  it('opens a ledger from its stored leaf hashes again and again, releasing what each read holds', () =>
    withStorage(async (storage) => {
      const head = await using(storage, async (store) => {
        const ledger = createLedger({ store })
        await ledger.append([...sampleHistory(4), ...sampleHistory(5)])
        return ledger.head()
      })
      await using(storage, async (store) => {
        // More opens than a connection pool has clients: a cursor left open would exhaust it.
        for (let open = 0; open < 25; open++) {
          expect(await createLedger({ store, trustStoredLeaves: true }).head()).toEqual(head)
        }
        const ledger = createLedger({ store, trustStoredLeaves: true })
        await ledger.append(sampleHistory(6))
        expect(await ledger.head()).toEqual(await createLedger({ store }).head())
      })
    }))
}
