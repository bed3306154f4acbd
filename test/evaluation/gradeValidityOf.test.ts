import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gradeValidity } from '../../src/evaluation/gradeValidity'
import { gradeValidityOf } from '../../src/evaluation/gradeValidityOf'
import { announcementDay, dayBetween } from './arbitraries'

describe('gradeValidityOf', () => {
  it('derives the validity of a grading that states none', () => {
    expect(gradeValidityOf({ announcedOn: '2026-06-10' })).toEqual({
      measures: '2026',
      validFrom: '2027-01-01',
      validTo: '2031-12-31',
    })
  })

  it('gives the measures’ validity whatever a grading under them states', () => {
    fc.assert(
      fc.property(announcementDay, dayBetween('2000-01-01', '2040-12-31'), (day, stated) => {
        const held = gradeValidityOf({ announcedOn: day, validFrom: stated, validTo: stated })
        expect(held).toEqual(gradeValidity(day))
      }),
    )
  })

  it('keeps the days a grading announced before 2011-03-01 states', () => {
    const grading = { announcedOn: '2009-11-20', validFrom: '2009-11-20', validTo: '2012-11-19' }
    expect(gradeValidityOf(grading)).toEqual({
      measures: null,
      validFrom: '2009-11-20',
      validTo: '2012-11-19',
    })
    expect(gradeValidityOf({ announcedOn: '2009-11-20', validTo: '2012-11-19' })).toBeNull()
  })

  it('refuses a grading that is not an object', () => {
    expect(() => gradeValidityOf(null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})
