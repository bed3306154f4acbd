import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file/creditFileOf'
import { evolve } from '../../src/credit-file/evolve'
import { at, history } from './history'

const IMPORT = '2024-06-01T09:00:00+08:00'
const SOURCE = '上海市社会组织业务管理系统'

// A group whose first years came over from another system, and whose record went on here.
const entries = history(
  at('2015-03-01', 'OrganizationRegistered', {
    recordedAt: IMPORT,
    migrated: { recordedAt: '2015-03-02', source: SOURCE },
  }),
  at('2020-08-10', 'PenaltyImposed', {
    recordedAt: IMPORT,
    migrated: { recordedAt: '2020-08-10T15:00:00+08:00' },
  }),
  at('2024-06-20', 'Commended'),
)

describe('creditFileOf and migrated entries', () => {
  it('notes each migrated entry by seq, with its original recording and its source', () => {
    const file = creditFileOf(entries)
    expect(file.migrated).toEqual({
      '0': { recordedAt: '2015-03-02', source: SOURCE },
      '1': { recordedAt: '2020-08-10T15:00:00+08:00', source: null },
    })
    expect(file.penalties.map((penalty) => file.migrated[String(penalty.seq)])).toEqual([
      { recordedAt: '2020-08-10T15:00:00+08:00', source: null },
    ])
    expect(file.migrated[String(file.commendations[0]?.seq)]).toBeUndefined()
  })

  it('knows nothing of a migrated entry before the import, though it took effect years before', () => {
    const file = creditFileOf(entries, { knownAt: '2024-05-31' })
    expect(file.version).toBe(0)
    expect(file.migrated).toEqual({})
  })

  it('leaves out a migrated entry read as of a day before it took effect', () => {
    expect(Object.keys(creditFileOf(entries, { asOf: '2019-12-31' }).migrated)).toEqual(['0'])
  })

  it('has no migrated entries when the ledger recorded every entry first', () => {
    const file = creditFileOf(history(at('2019-03-01', 'OrganizationRegistered')))
    expect(file.migrated).toEqual({})
  })

  it('gives the same notes entry by entry as the full fold', () => {
    let file = creditFileOf([])
    for (const entry of entries) file = evolve(file, entry)
    expect(file).toEqual(creditFileOf(entries))
  })
})
