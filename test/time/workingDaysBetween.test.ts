import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cnHolidays } from '../../src/policies/cn/cnHolidays'
import { isWorkingDay } from '../../src/time/isWorkingDay'
import { workingDaysBetween } from '../../src/time/workingDaysBetween'
import { dateIn2024, dayOfIso, holidayCalendar, isoOfDay, outsideCalendarIn } from './arbitraries'

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2024-09-27', '2024-10-10', cnHolidays)).toBe(5)
    expect(workingDaysBetween('2024-06-14', '2024-06-14', cnHolidays)).toBe(0)
    expect(workingDaysBetween('2024-10-10', '2024-09-27', cnHolidays)).toBe(-5)
  })

  it('finds 248 working days in each of 2025 and 2026 with the official calendar', () => {
    // 261 weekdays each; 2025: 18 holidays on weekdays, 5 make-up days; 2026: 19 and 6.
    expect(workingDaysBetween('2024-12-31', '2025-12-31', cnHolidays)).toBe(261 - 18 + 5)
    expect(workingDaysBetween('2025-12-31', '2026-12-31', cnHolidays)).toBe(261 - 19 + 6)
  })

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(holidayCalendar, dateIn2024, dateIn2024, (calendar, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a]
        let count = 0
        for (let day = dayOfIso(from) + 1; day <= dayOfIso(to); day++) {
          if (isWorkingDay(isoOfDay(day), calendar)) count++
        }
        expect(workingDaysBetween(from, to, calendar)).toBe(count)
        expect(workingDaysBetween(to, from, calendar)).toBe(0 - count)
      }),
    )
  })

  it('refuses a span that leaves the calendar, naming the first year it lacks', () => {
    expect(() => workingDaysBetween('2026-12-01', '2027-03-01', cnHolidays)).toThrow(
      outsideCalendarIn(2027),
    )
    expect(() => workingDaysBetween('2027-03-01', '2026-12-01', cnHolidays)).toThrow(
      outsideCalendarIn(2027),
    )
    expect(() => workingDaysBetween('2028-01-01', '2028-03-01', cnHolidays)).toThrow(
      outsideCalendarIn(2028),
    )
    expect(() => workingDaysBetween('2013-06-01', '2015-03-01', cnHolidays)).toThrow(
      outsideCalendarIn(2014),
    )
  })

  it('counts up to the last covered day, and an empty span anywhere', () => {
    expect(workingDaysBetween('2014-12-31', '2026-12-31', cnHolidays)).toBeGreaterThan(2900)
    expect(workingDaysBetween('2030-01-01', '2030-01-01', cnHolidays)).toBe(0)
  })
})
