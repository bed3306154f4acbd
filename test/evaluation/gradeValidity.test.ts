import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gradeValidity } from '../../src/evaluation/gradeValidity'
import { dayBetween } from './arbitraries'
import { everyDay, oracle } from './days'

const under2011 = dayBetween('2011-03-01', '2026-02-28')
const under2026 = dayBetween('2026-03-01', '2030-12-31')

describe('gradeValidity', () => {
  it('is 5 years from the announcement under Order 39 (EV-12)', () => {
    expect(gradeValidity('2021-05-20')).toEqual({
      measures: '2011',
      validFrom: '2021-05-20',
      validTo: '2026-05-19',
    })
  })

  it('runs from 1 January after the announcement to 31 December of the fifth year under the 2026 measures (EV-25)', () => {
    expect(gradeValidity('2026-06-10')).toEqual({
      measures: '2026',
      validFrom: '2027-01-01',
      validTo: '2031-12-31',
    })
  })

  it('follows the measures of the announcement day across the switch on 2026-03-01', () => {
    expect(gradeValidity('2026-02-27')).toEqual({
      measures: '2011',
      validFrom: '2026-02-27',
      validTo: '2031-02-26',
    })
    expect(gradeValidity('2026-03-02')).toEqual({
      measures: '2026',
      validFrom: '2027-01-01',
      validTo: '2031-12-31',
    })
  })

  it('ends a grade announced on 29 February the day before the anniversary date-fns gives', () => {
    expect(gradeValidity('2016-02-29')?.validTo).toBe('2021-02-27')
  })

  it('gives nothing before 2011-03-01, when no measures set a validity', () => {
    expect(gradeValidity('2011-02-28')).toBeNull()
    expect(gradeValidity('2005-06-01')).toBeNull()
  })

  it('under Order 39 lasts exactly 5 years to the day, ending the day before the anniversary', () => {
    fc.assert(
      fc.property(under2011, (day) => {
        const validity = gradeValidity(day)
        expect(validity).toEqual({ measures: '2011', validFrom: day, validTo: oracle(day, 5, -1) })
      }),
      { numRuns: 2000 },
    )
  })

  it('under the 2026 measures covers exactly the 5 full calendar years after the announcement', () => {
    fc.assert(
      fc.property(under2026, (day) => {
        const year = Number(day.slice(0, 4))
        const validity = gradeValidity(day)
        expect(validity).toEqual({
          measures: '2026',
          validFrom: `${year + 1}-01-01`,
          validTo: `${year + 5}-12-31`,
        })
        // Starts after the announcement, on a 1 January, and ends on the 31 December four
        // years on: five whole calendar years.
        expect(validity?.validFrom.endsWith('-01-01') && validity.validFrom > day).toBe(true)
        expect(
          Number(validity?.validTo.slice(0, 4)) - Number(validity?.validFrom.slice(0, 4)),
        ).toBe(4)
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees with the measures on every announcement day from 2011-03-01 to 2030-12-31', () => {
    for (const day of everyDay('2011-03-01', '2030-12-31')) {
      const validity = gradeValidity(day)
      const year = Number(day.slice(0, 4))
      const expected =
        day < '2026-03-01'
          ? { measures: '2011', validFrom: day, validTo: oracle(day, 5, -1) }
          : { measures: '2026', validFrom: `${year + 1}-01-01`, validTo: `${year + 5}-12-31` }
      if (validity?.validTo !== expected.validTo || validity.validFrom !== expected.validFrom) {
        expect({ day, validity }).toEqual({ day, validity: expected })
      }
    }
  })

  it('refuses a day that is not a calendar date, and one whose validity would pass 9999', () => {
    expect(() => gradeValidity('2021-02-29')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(() => gradeValidity('9998-06-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})
