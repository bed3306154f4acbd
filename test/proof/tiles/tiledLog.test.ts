import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  entryLeafHash,
  leafData,
  parseTilePath,
  readTiledLog,
  signCheckpoint,
  tiledLogFiles,
  tilePath,
  verifierKey,
} from '../../../src/proof'
import { tileLevels, tilesOf } from '../../../src/proof/tiles/tileHashes'
import { annualReport, GROUP, newLedger, registration, signer } from '../../ledger/fixtures'

const ORIGIN = signer.name
const KEY = verifierKey(signer)

// An independent reading of C2SP tlog-tiles and RFC 6962, written from the texts: SHA-256 from
// node:crypto, the Merkle tree hash by its recursive definition, paths spelled out by hand.
const sha = (...parts: Uint8Array[]) =>
  new Uint8Array(createHash('sha256').update(Buffer.concat(parts)).digest())
const mth = (leaves: Uint8Array[]): Uint8Array => {
  if (leaves.length === 0) return sha()
  if (leaves.length === 1) return sha(Uint8Array.of(0), leaves[0] as Uint8Array)
  let k = 1
  while (k * 2 < leaves.length) k *= 2
  return sha(Uint8Array.of(1), mth(leaves.slice(0, k)), mth(leaves.slice(k)))
}

function bytesOf(n: number): Uint8Array[] {
  return Array.from({ length: n }, (_, i) => new TextEncoder().encode(`{"entry":${i}}`))
}

function served(entries: Uint8Array[]) {
  const note = signCheckpoint({ origin: ORIGIN, size: entries.length, root: mth(entries) }, signer)
  const files = new Map(tiledLogFiles(entries, note).map((file) => [file.path, file.bytes]))
  return { note, files, fetch: async (path: string) => files.get(path) }
}

describe('tile paths as C2SP tlog-tiles writes them', () => {
  it('writes the index in 3-digit groups, all but the last marked x, and a partial width', () => {
    expect(tilePath({ level: 0, index: 1234067, width: 256 })).toBe('tile/0/x001/x234/067')
    expect(tilePath({ level: 2, index: 0, width: 1 })).toBe('tile/2/000.p/1')
    expect(tilePath({ level: 'entries', index: 1000, width: 17 })).toBe(
      'tile/entries/x001/000.p/17',
    )
  })

  it('reads back every path it writes, and refuses what the specification does not allow', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 63 }), fc.constant('entries' as const)),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 256 }),
        (level, index, width) => {
          expect(parseTilePath(tilePath({ level, index, width }))).toEqual({
            success: true,
            data: { level, index, width },
          })
        },
      ),
    )
    for (const bad of [
      'tile/64/000',
      'tile/0/000.p/0',
      'tile/0/000.p/256',
      'tile/0/x000/001',
      'tile/01/000',
      'tile/0/1',
    ]) {
      expect(parseTilePath(bad)).toMatchObject({
        success: false,
        issues: [{ code: 'invalid_tile_path' }],
      })
    }
  })

  it('serves the tiles of the specification’s example sizes', () => {
    const widths = (size: number) =>
      tilesOf(tileLevels(Array.from({ length: size }, () => new Uint8Array(32)))).map(
        (tile) => `${tile.level}:${tile.width}`,
      )
    const counted = (list: string[]) =>
      Object.fromEntries([...new Set(list)].map((k) => [k, list.filter((x) => x === k).length]))
    // 273 full level-0 tiles, a partial one of 112; one full level-1 tile, a partial one of 17; a level-2 tile of 1.
    expect(counted(widths(70_000))).toEqual({
      '0:256': 273,
      '0:112': 1,
      '1:256': 1,
      '1:17': 1,
      '2:1': 1,
    })
    expect(widths(256)).toEqual(['0:256', '1:1'])
  })
})

describe('a tiled log written and read back', () => {
  it('gives every entry back under the checkpoint’s root, for sizes across tile edges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1, 255, 256, 257, 511, 512, 700), async (size) => {
        const entries = bytesOf(size)
        const { fetch } = served(entries)
        const read = await readTiledLog(fetch, KEY)
        expect(read.success).toBe(true)
        if (read.success) {
          expect(read.data.entries).toEqual(entries)
          expect(read.data.checkpoint.size).toBe(size)
        }
      }),
      { numRuns: 8 },
    )
  })

  it('is readable without this library: level-0 tiles and bundles give the root by RFC 6962', () => {
    const entries = bytesOf(300)
    const { files } = served(entries)
    const leafHashes = [
      ...(files.get('tile/0/000') as Uint8Array).slice(),
      ...(files.get('tile/0/001.p/44') as Uint8Array).slice(),
    ]
    const level1 = files.get('tile/1/000.p/1') as Uint8Array
    const first256 = entries.slice(0, 256)
    expect(Buffer.from(level1).equals(Buffer.from(mth(first256)))).toBe(true)
    const bundle = files.get('tile/entries/001.p/44') as Uint8Array
    expect((bundle[0] as number) * 256 + (bundle[1] as number)).toBe(
      (entries[256] as Uint8Array).length,
    )
    expect(leafHashes.length).toBe(300 * 32)
    const hashOf = (i: number) => new Uint8Array(leafHashes.slice(i * 32, i * 32 + 32))
    expect(
      Buffer.from(hashOf(299)).equals(
        Buffer.from(sha(Uint8Array.of(0), entries[299] as Uint8Array)),
      ),
    ).toBe(true)
  })

  it('names what a server changed or left out', async () => {
    const entries = bytesOf(300)
    const tampered = async (change: (files: Map<string, Uint8Array>) => void) => {
      const { files } = served(entries)
      change(files)
      return readTiledLog(async (path) => files.get(path), KEY)
    }
    expect(
      await tampered((files) => {
        const bundle = (files.get('tile/entries/000') as Uint8Array).slice()
        bundle[5] = (bundle[5] as number) ^ 1
        files.set('tile/entries/000', bundle)
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'entry_changed', path: ['entries', 0] }] })
    expect(await tampered((files) => files.delete('tile/0/001.p/44'))).toMatchObject({
      success: false,
      issues: [{ code: 'missing_tile' }],
    })
    expect(
      await tampered((files) => files.set('tile/1/000.p/1', new Uint8Array(32))),
    ).toMatchObject({ success: false, issues: [{ code: 'root_mismatch' }] })
    expect(
      await tampered((files) => files.set('checkpoint', new TextEncoder().encode('not a note\n'))),
    ).toMatchObject({ success: false })
  })

  it('refuses to write a log its checkpoint does not sign', () => {
    const entries = bytesOf(3)
    const note = signCheckpoint({ origin: ORIGIN, size: 3, root: mth(bytesOf(4).slice(1)) }, signer)
    expect(() => tiledLogFiles(entries, note)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})

describe('a ledger as a tiled log', () => {
  it('publishes each entry as the data its leaf hashes: positions and commitments, no content', async () => {
    const { ledger, store } = newLedger()
    await ledger.append([registration(GROUP), annualReport(GROUP, 2016), annualReport(GROUP, 2017)])
    const entries: Parameters<typeof leafData>[0][] = []
    for await (const page of store.readAll()) entries.push(...page)
    for (const entry of entries) {
      const data = leafData(entry)
      expect(
        Buffer.from(sha(Uint8Array.of(0), data)).equals(Buffer.from(entryLeafHash(entry))),
      ).toBe(true)
      const text = new TextDecoder().decode(data)
      expect(text).not.toContain(entry.salt as string)
      // The content stands only as commitments: no string of the entry's data is in the clear.
      for (const value of Object.values(entry.data as Record<string, unknown>)) {
        if (typeof value === 'string' && value.length > 3) expect(text).not.toContain(value)
      }
    }
    const files = tiledLogFiles(entries.map(leafData), await ledger.checkpoint())
    const read = await readTiledLog(async (path) => files.find((f) => f.path === path)?.bytes, KEY)
    expect(read.success).toBe(true)
  })
})
