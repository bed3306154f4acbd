import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cnHolidays } from '../../src/policies/cn/cnHolidays'
import { deadline } from '../../src/time/deadline'
import { isWorkingDay } from '../../src/time/isWorkingDay'
import { periodEnd } from '../../src/time/periodEnd'
import { dateIn2024, holidayCalendar, outsideCalendarIn } from './arbitraries'

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

  it('refuses a deadline that falls in 2027, outside cnHolidays, naming the year', () => {
    // The Civil Code last day is Monday 2027-01-04; whether it is a day off is not known yet.
    expect(deadline('2026-12-25', { days: 10 })).toBe('2027-01-04')
    expect(() => deadline('2026-12-25', { days: 10 }, cnHolidays)).toThrow(outsideCalendarIn(2027))
  })

  it("refuses a last day on the calendar's last day off when the next working day is past it", () => {
    const short = { coverage: { from: '2024-01-01', to: '2024-06-09' }, holidays: [], workdays: [] }
    // Saturday 06-08: the next working day, Monday 06-10, is outside.
    expect(() => deadline('2024-06-03', { days: 5 }, short)).toThrow(outsideCalendarIn(2024))
  })
})
