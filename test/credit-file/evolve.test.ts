import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file/creditFileOf'
import { evolve } from '../../src/credit-file/evolve'
import { isLedgerError } from '../../src/errors'
import type { Entry } from '../../src/events/catalogue'
import { entryHistory, inEffectiveOrder } from './arbitraries'
import { isDeeplyFrozen } from './deepFrozen'
import { at, history } from './history'

function evolveAll(entries: readonly Entry[], start = creditFileOf([])) {
  let file = start
  entries.forEach((entry, index) => {
    file = evolve(file, entry, entries.slice(0, index))
  })
  return file
}

describe('evolve', () => {
  it('gives the same file entry by entry as the full fold, for entries in effective order', () => {
    fc.assert(
      fc.property(entryHistory(), (entries) => {
        expect(evolveAll(inEffectiveOrder(entries))).toEqual(creditFileOf(entries))
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same file in recording order too, refolding for back-dated entries', () => {
    fc.assert(
      fc.property(entryHistory(), (entries) => {
        expect(evolveAll(entries)).toEqual(creditFileOf(entries))
      }),
      { numRuns: 300 },
    )
  })

  it('does not depend on where a fold stops and evolving takes over', () => {
    fc.assert(
      fc.property(entryHistory(), fc.nat(), (entries, cut) => {
        const ordered = inEffectiveOrder(entries)
        const at = cut % (ordered.length + 1)
        let file = creditFileOf(ordered.slice(0, at))
        for (let i = at; i < ordered.length; i++) {
          file = evolve(file, ordered[i] as Entry, ordered.slice(0, i))
        }
        expect(file).toEqual(creditFileOf(entries))
      }),
      { numRuns: 200 },
    )
  })

  it('returns deeply frozen files', () => {
    fc.assert(
      fc.property(entryHistory(12), (entries) => {
        expect(isDeeplyFrozen(evolveAll(entries))).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('shares the sections an entry does not touch with the file before', () => {
    const [registered, report, activity] = history(
      at('2020-01-06', 'OrganizationRegistered'),
      at('2021-05-20', 'AnnualReportFiled'),
      at('2021-06-01', 'ActivityHeld'),
    ) as [Entry, Entry, Entry]
    const before = creditFileOf([registered, report])
    const after = evolve(before, activity)
    expect(after.activities).toHaveLength(1)
    expect(after.annualReports).toBe(before.annualReports)
    expect(after.identity).toBe(before.identity)
  })

  it('throws INVALID_INPUT for an entry that reaches back when the earlier entries are missing', () => {
    const entries = history(
      at('2020-01-06', 'OrganizationRegistered'),
      at('2021-05-20', 'PenaltyImposed'),
      at('2021-06-01', 'EntryRetracted', { amends: 1 }),
    )
    const file = creditFileOf(entries.slice(0, 2))
    let thrown: unknown
    try {
      evolve(file, entries[2] as Entry)
    } catch (error) {
      thrown = error
    }
    expect(isLedgerError(thrown) && thrown.code).toBe('INVALID_INPUT')
    expect(evolve(file, entries[2] as Entry, entries.slice(0, 2)).penalties).toEqual([])
  })

  it('leaves a file read as of a date alone when the entry is effective later', () => {
    const entries = history(
      at('2020-01-06', 'OrganizationRegistered'),
      at('2021-05-20', 'Commended'),
    )
    const file = creditFileOf(entries.slice(0, 1), { asOf: '2020-12-31' })
    expect(evolve(file, entries[1] as Entry)).toBe(file)
  })
})
