import { expect, it } from 'vitest'
import { canonicalJson } from '../../events'
import { entryLeafHash } from '../../proof'
import { batch, collect, entry } from './fixtures'
import type { ContractHarness } from './harness'

// Keys a JSON parser reorders, escapes, astral and line-separator characters, awkward numbers.
const AWKWARD = {
  '10': 'ten',
  '2': 'two',
  b: [1.5, -0.25, 1e21, 5e-7, 9007199254740991, 0, true, null, false],
  a: { é: '社会组织\u2028\u0007"\\/', '😀': ['\ud83c\udde8\ud83c\uddf3'] },
  '': '',
}

/** Entries come back as they went in, byte for byte, with their leaf hashes beside them. */
export function fidelityCases({ withStore }: ContractHarness): void {
  it('reads back every entry with exactly the canonical JSON it was written with', () =>
    withStore(async (store) => {
      const written = [
        entry(0, 'A', 1, AWKWARD),
        { ...entry(1, 'A', 2), amends: 0, ref: '（2024）1号' },
      ]
      await store.append(batch(written))
      const read = [
        await store.readEntry(0),
        ...(await store.readStream('A', { fromVersion: 2 })),
        ...(await collect(store.readAll())),
      ]
      expect(read.map((e) => canonicalJson(e))).toEqual(
        [written[0], written[1], ...written].map((e) => canonicalJson(e)),
      )
    }))

  it('keeps the leaf hash of every entry beside it, hashing the entries it was not given', async (context) => {
    await withStore(async (store) => {
      const readLeaves = store.readLeaves
      if (!readLeaves) {
        context.skip()
        return
      }
      const first = [entry(0, 'A', 1, AWKWARD), entry(1, 'B', 1)]
      await store.append(batch(first))
      const second = [entry(2, 'A', 2, { n: 2 })]
      await store.append({ ...batch(second), leaves: second.map(entryLeafHash) })
      const leaves = await collect(readLeaves.call(store))
      expect(leaves.map((l) => Array.from(l))).toEqual(
        [...first, ...second].map((e) => Array.from(entryLeafHash(e))),
      )
      expect(await collect(readLeaves.call(store, { from: 1, pageSize: 1 }))).toHaveLength(2)
    })
  })
}
