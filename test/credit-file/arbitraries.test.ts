import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseEntryData } from '../../src/events/catalogue'
import { entryHistory } from './arbitraries'

describe('entryHistory', () => {
  it('writes only entries their types accept, in one stream with gap-free versions', () => {
    fc.assert(
      fc.property(entryHistory(), (entries) => {
        entries.forEach((entry, index) => {
          expect(parseEntryData(entry.type, entry.schema, entry.data).success).toBe(true)
          expect(entry.version).toBe(index + 1)
          if (entry.amends !== undefined) expect(entry.amends).toBeLessThan(entry.seq)
        })
      }),
      { numRuns: 200 },
    )
  })

  it('produces back-dated entries and amendments often enough to test them', () => {
    const samples = fc.sample(entryHistory(), { numRuns: 200, seed: 1 })
    const backDated = samples.filter((entries) =>
      entries.some(
        (entry, i) =>
          i > 0 &&
          entry.effectiveAt.slice(0, 10) < (entries[i - 1]?.effectiveAt.slice(0, 10) ?? ''),
      ),
    )
    const amended = samples.filter((entries) =>
      entries.some((entry) => entry.type === 'EntryRetracted' || entry.type === 'EntryCorrected'),
    )
    expect(backDated.length).toBeGreaterThan(50)
    expect(amended.length).toBeGreaterThan(20)
  })
})
