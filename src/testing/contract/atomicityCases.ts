import { expect, it } from 'vitest'
import type { EntryEnvelope } from '../../events'
import { batch, collect, entry } from './fixtures'
import type { ContractHarness } from './harness'

const ORGS = 10

/** All of a batch lands, across any number of streams, or none of it does. */
export function atomicityCases({ withStore, batchSize }: ContractHarness): void {
  const spread = (from: number, count: number): EntryEnvelope[] =>
    Array.from({ length: count }, (_, i) => entry(from + i, `ORG${(from + i) % ORGS}`, 0))

  it('commits a large batch across many organizations as one', () =>
    withStore(async (store) => {
      expect(await store.append(batch(spread(0, batchSize)))).toEqual({ status: 'committed' })
      expect(await store.head()).toBe(batchSize)
      let total = 0
      for (let o = 0; o < ORGS; o++) {
        const stream = await store.readStream(`ORG${o}`)
        expect(stream.map((e) => e.version)).toEqual(stream.map((_, i) => i + 1))
        total += stream.length
      }
      expect(total).toBe(batchSize)
    }))

  it('writes nothing of a large batch whose last entry does not follow its stream', () =>
    withStore(async (store) => {
      await store.append(batch(spread(0, ORGS)))
      const versions = new Map<string, number>()
      const numbered = spread(ORGS, batchSize).map((e) => {
        const version = (versions.get(e.org) ?? 1) + 1
        versions.set(e.org, version)
        return { ...e, version }
      })
      const last = numbered.at(-1) as EntryEnvelope
      numbered[numbered.length - 1] = { ...last, version: last.version + 1 }
      const outcome = await store.append({ entries: numbered, personal: [] })
      expect(outcome).toEqual({ status: 'conflict', head: ORGS })
      expect(await store.head()).toBe(ORGS)
      for (let o = 0; o < ORGS; o++) expect(await store.streamVersion(`ORG${o}`)).toBe(1)
      expect(await collect(store.readAll())).toHaveLength(ORGS)
    }))

  it('refuses a batch that does not start at the head and writes none of it', () =>
    withStore(async (store) => {
      await store.append(batch([entry(0, 'A', 1)]))
      const outcome = await store.append(batch([entry(0, 'B', 1), entry(1, 'A', 2)]))
      expect(outcome).toEqual({ status: 'conflict', head: 1 })
      const ahead = await store.append(batch([entry(2, 'B', 1)]))
      expect(ahead).toEqual({ status: 'conflict', head: 1 })
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

  it('refuses a batch with a gap in its own positions or versions', () =>
    withStore(async (store) => {
      const seqGap = await store.append(batch([entry(0, 'A', 1), entry(2, 'A', 2)]))
      const versionGap = await store.append(batch([entry(0, 'A', 1), entry(1, 'A', 3)]))
      expect([seqGap.status, versionGap.status]).toEqual(['conflict', 'conflict'])
      expect(await store.head()).toBe(0)
    }))
}
