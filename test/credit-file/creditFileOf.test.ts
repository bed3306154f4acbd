import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file/creditFileOf'
import { isLedgerError } from '../../src/errors'
import { entryHistory } from './arbitraries'
import { isDeeplyFrozen } from './deepFrozen'
import { at, history, ORG } from './history'

describe('creditFileOf', () => {
  it('returns a deeply frozen file and leaves the entries it read unfrozen', () => {
    fc.assert(
      fc.property(entryHistory(), (entries) => {
        expect(isDeeplyFrozen(creditFileOf(entries))).toBe(true)
        expect(entries.some((entry) => Object.isFrozen(entry.data))).toBe(false)
      }),
      { numRuns: 100 },
    )
  })

  it('survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(entryHistory(), (entries) => {
        const file = creditFileOf(entries)
        expect(JSON.parse(JSON.stringify(file))).toEqual(file)
      }),
      { numRuns: 100 },
    )
  })

  it('gives an empty, active file of version 0 for no entries', () => {
    const file = creditFileOf([])
    expect(file).toMatchObject({
      org: '',
      version: 0,
      lastSeq: null,
      status: 'active',
      grade: null,
    })
  })

  it('records where it reached: highest version and seq, last effective day', () => {
    const file = creditFileOf(
      history(at('2019-03-01', 'OrganizationRegistered'), at('2020-06-01', 'ActivityHeld')),
    )
    expect(file).toMatchObject({
      org: ORG,
      idScheme: 'uscc',
      version: 2,
      lastSeq: 1,
      through: '2020-06-01',
    })
  })

  it('throws INVALID_INPUT for an asOf or knownAt it cannot read', () => {
    for (const options of [{ asOf: '2024/01/01' }, { knownAt: '2024-02-30' }]) {
      let thrown: unknown
      try {
        creditFileOf([], options)
      } catch (error) {
        thrown = error
      }
      expect(isLedgerError(thrown) && thrown.code).toBe('INVALID_INPUT')
    }
  })
})
