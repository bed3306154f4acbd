import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sqliteStore } from '../../src/adapters/sqlite'
import { storedEntry } from '../../src/adapters/storedEntry'
import { isLedgerError } from '../../src/errors'
import { canonicalJson } from '../../src/events/canonicalJson'
import type { EntryEnvelope } from '../../src/events/envelope'
import { entryLeafHash, toHex } from '../../src/proof'

const entryWith = (seq: number, data: unknown, salt?: string): EntryEnvelope => ({
  by: 'test',
  data,
  effectiveAt: '2024-01-01',
  org: 'A',
  recordedAt: '2024-01-01T00:00:00.000Z',
  ...(salt === undefined ? {} : { salt }),
  schema: 1,
  seq,
  type: 'Tested',
  version: seq + 1,
})

const salts = fc.option(fc.stringMatching(/^[0-9a-f]{32}$/), { nil: undefined })

describe('storedEntry', () => {
  it('keeps JSON that parses back to an entry with the same canonical JSON and the same leaf', () => {
    fc.assert(
      fc.property(fc.jsonValue(), salts, (data, salt) => {
        const entry = entryWith(0, data, salt)
        const stored = storedEntry(entry)
        const read = JSON.parse(stored.text) as EntryEnvelope
        expect(canonicalJson(read)).toBe(canonicalJson(entry))
        expect(toHex(entryLeafHash(read))).toBe(toHex(stored.leaf))
        expect(toHex(stored.leaf)).toBe(toHex(entryLeafHash(entry)))
      }),
    )
  })

  it('takes the leaf hash it is given, and refuses one that is not 32 bytes', () => {
    const leaf = new Uint8Array(32).fill(5)
    expect(Array.from(storedEntry(entryWith(0, {}), leaf).leaf)).toEqual(Array.from(leaf))
    let thrown: unknown
    try {
      storedEntry(entryWith(0, {}), new Uint8Array(31))
    } catch (error) {
      thrown = error
    }
    expect(isLedgerError(thrown) && thrown.code).toBe('INVALID_INPUT')
  })

  it('survives a SQLite store byte for byte, whatever JSON the entry holds', async () => {
    const store = sqliteStore({ file: ':memory:' })
    let seq = 0
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (data) => {
        const entry = entryWith(seq, data)
        await store.append({ entries: [entry], personal: [] })
        seq++
        expect(canonicalJson(await store.readEntry(entry.seq))).toBe(canonicalJson(entry))
      }),
      { numRuns: 60 },
    )
    await store.close()
  })
})
