import { describe, expect, it } from 'vitest'
import { checkIndicatorSets } from '../../src/evaluation/checkIndicatorSets'
import { nationalIndicatorSets } from '../../src/evaluation/nationalIndicatorSets'
import { townSet } from './indicatorSets'

const later = { ...townSet, id: 'town-comprehensive-2027', effective: { from: '2027-01-01' } }

describe('checkIndicatorSets', () => {
  it('takes sets that follow one another, and sets for other kinds on the same days', () => {
    const sets = checkIndicatorSets([townSet, later, ...nationalIndicatorSets.slice(1)])
    expect(sets.map((set) => set.id)).toEqual([
      'town-comprehensive-2024',
      'town-comprehensive-2027',
      'cn-standardisation-2011-local',
    ])
    expect(Object.isFrozen(sets)).toBe(true)
  })

  it('lets a local set take over from a copy of the default that ends the day before', () => {
    const [comprehensive, standardisation] = nationalIndicatorSets
    if (comprehensive === undefined || standardisation === undefined) throw new Error('no sets')
    const until2027 = {
      ...standardisation,
      id: 'cn-standardisation-to-2026',
      effective: { from: '2011-03-01', to: '2027-01-01' },
    }
    const town = {
      ...standardisation,
      id: 'town-standardisation-2027',
      effective: { from: '2027-01-01' },
    }
    expect(checkIndicatorSets([comprehensive, until2027, town])).toHaveLength(3)
  })

  it('refuses two sets in force on the same day for the same evaluation of the same kind', () => {
    expect(() => checkIndicatorSets([...nationalIndicatorSets, townSet])).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          {
            code: 'sets_overlap',
            path: [2, 'effective'],
            message:
              'town-comprehensive-2024 and cn-comprehensive-2011-local are both in force on 2024-01-01 for the comprehensive evaluation of social_group',
          },
        ],
      }),
    )
  })

  it('reads the end of effect as the first day out of force', () => {
    const touching = { ...later, effective: { from: '2026-12-31' } }
    expect(() => checkIndicatorSets([townSet, touching])).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'sets_overlap' })] }),
    )
  })

  it('refuses an id used twice, and names a broken set by its place', () => {
    expect(() => checkIndicatorSets([townSet, { ...later, id: townSet.id }])).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'duplicate_set', path: [1, 'id'] })],
      }),
    )
    expect(() => checkIndicatorSets([townSet, { ...later, local: 1 as never }])).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: [1, 'local'] })] }),
    )
    expect(() => checkIndicatorSets('sets' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})
