import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import type { EntryEnvelope } from '../../src/events'
import { entryLeafHash } from '../../src/proof'
import { memoryStore } from '../../src/store'
import type { EventStore } from '../../src/store/eventStore'
import { fixedClock } from '../../src/time'
import { annualReport, GROUP, newLedger, registration, SERVICE, signer } from './fixtures'

/** A memory store that also hands out leaf hashes, as the durable stores do; `leaves` decides which. */
function storeWithLeaves(
  inner: EventStore,
  leaves: (entries: readonly Parameters<typeof entryLeafHash>[0][]) => Uint8Array[],
): EventStore {
  return {
    ...inner,
    async *readLeaves(options) {
      for await (const page of inner.readAll(options)) yield leaves(page)
    },
  }
}

async function writtenStore(): Promise<EventStore> {
  const { ledger, store } = newLedger()
  await ledger.append([registration(GROUP), registration(SERVICE)])
  for (let year = 2016; year < 2020; year++) {
    await ledger.append([annualReport(GROUP, year), annualReport(SERVICE, year)])
  }
  return store
}

function open(store: EventStore, trustStoredLeaves: boolean) {
  return createLedger({ store, clock: fixedClock('2025-01-01T00:00:00Z'), trustStoredLeaves })
}

describe('opening a ledger over a store that keeps leaf hashes', () => {
  it('reaches the same root from the stored leaves as from hashing every entry', async () => {
    const store = storeWithLeaves(await writtenStore(), (page) => page.map(entryLeafHash))
    expect(await open(store, true).head()).toEqual(await open(store, false).head())
  })

  it('hashes every entry unless told to trust the stored leaves, so an altered leaf shows only when trusted', async () => {
    const honest = await writtenStore()
    const altered = storeWithLeaves(honest, (page) =>
      page.map((entry) => (entry.seq === 3 ? new Uint8Array(32) : entryLeafHash(entry))),
    )
    const truth = await open(honest, false).head()
    expect(await open(altered, false).head()).toEqual(truth)
    expect((await open(altered, true).head()).root).not.toBe(truth.root)
  })

  it('refuses a store that has an entry without its leaf hash', async () => {
    const short = storeWithLeaves(await writtenStore(), (page) =>
      page.filter((entry) => entry.seq < 5).map(entryLeafHash),
    )
    await expect(open(short, true).head()).rejects.toMatchObject({ code: 'STORE_FAILURE' })
  })

  it('ignores the option over a store without leaf hashes', async () => {
    const store = await writtenStore()
    expect(await open(store, true).head()).toEqual(await open(store, false).head())
  })
})

describe('checkpoints of a log that has not grown', () => {
  it('returns the note signed last, and signs a new one once the log grows', async () => {
    const store = memoryStore()
    const ledger = createLedger({ store, clock: fixedClock('2025-01-01T00:00:00Z'), signer })
    await ledger.append(registration(GROUP))
    const first = await ledger.checkpoint()
    expect(await ledger.checkpoint()).toBe(first)
    expect(await store.checkpoints()).toHaveLength(1)
    await ledger.append(registration(SERVICE))
    const second = await ledger.checkpoint()
    expect(second).not.toBe(first)
    expect((await store.checkpoints()).map((c) => c.size)).toEqual([1, 2])
  })
})

describe('the cursor of stored leaf hashes', () => {
  /** A store whose leaf cursor says whether it was closed. */
  function tracked(
    inner: EventStore,
    leavesFor: (entries: readonly EntryEnvelope[]) => Uint8Array[],
  ) {
    const state = { closed: false }
    const store: EventStore = {
      ...inner,
      async *readLeaves(options) {
        try {
          for await (const page of inner.readAll(options)) yield leavesFor(page)
        } finally {
          state.closed = true
        }
      },
    }
    return { store, state }
  }

  it('is closed once the ledger has read up to the head', async () => {
    const { store, state } = tracked(await writtenStore(), (page) => page.map(entryLeafHash))
    await open(store, true).head()
    expect(state.closed).toBe(true)
  })

  it('is closed when the read fails part way, with leaves left unread', async () => {
    const { store, state } = tracked(await writtenStore(), (page) => page.map(entryLeafHash))
    // The entries skip a position after the third, so the ledger stops with leaves to spare.
    const gapped: EventStore = {
      ...store,
      async *readAll(options) {
        for await (const page of store.readAll(options)) yield page.filter((e) => e.seq !== 3)
      },
    }
    await expect(open(gapped, true).head()).rejects.toMatchObject({ code: 'STORE_FAILURE' })
    expect(state.closed).toBe(true)
  })
})
