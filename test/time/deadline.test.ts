import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cnHolidays } from '../../src/time/cnHolidays'
import { deadline } from '../../src/time/deadline'
import { isWorkingDay } from '../../src/time/isWorkingDay'
import { periodEnd } from '../../src/time/periodEnd'
import { dateIn2024, holidayCalendar } from './arbitraries'

describe('deadline', () => {
  it('is the last day of the period when no calendar is given', () => {
    expect(deadline('2017-10-01', { years: 3 })).toBe('2020-10-01')
  })

  it('moves a last day on National Day 2020 to the first day after the holiday (Art. 203)', () => {
    expect(deadline('2017-10-01', { years: 3 }, cnHolidays)).toBe('2020-10-09')
  })

  it('moves a last day on a weekend to the Monday', () => {
    expect(deadline('2024-06-03', { days: 5 }, cnHolidays)).toBe('2024-06-11') // 06-08 Sat, 06-10 Dragon Boat
  })

  it('keeps a last day on a make-up working day', () => {
    expect(deadline('2024-10-05', { days: 7 }, cnHolidays)).toBe('2024-10-12')
  })

  it('leaves the duration of a status alone: periodEnd does not move', () => {
    expect(periodEnd('2017-10-01', { years: 3 }, 'civil_code')).toBe('2020-10-01')
  })

  it('is the first working day on or after the Civil Code last day', () => {
    fc.assert(
      fc.property(
        holidayCalendar,
        dateIn2024,
        fc.integer({ min: 1, max: 90 }),
        (calendar, start, days) => {
          const last = periodEnd(start, { days }, 'civil_code')
          const due = deadline(start, { days }, calendar)
          expect(due >= last).toBe(true)
          expect(isWorkingDay(due, calendar)).toBe(true)
          for (let d = last; d < due; d = periodEnd(d, { days: 1 }, 'civil_code')) {
            expect(isWorkingDay(d, calendar)).toBe(false)
          }
        },
      ),
    )
  })
})
