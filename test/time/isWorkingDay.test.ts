import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cnHolidays } from '../../src/policies/cn/cnHolidays'
import { isWorkingDay } from '../../src/time/isWorkingDay'
import { dateIn2024, holidayCalendar, outsideCalendarIn, weekdayOfIso } from './arbitraries'

const none = { holidays: [], workdays: [] }

describe('isWorkingDay', () => {
  it('treats Monday to Friday as working days and weekends as days off with an empty calendar', () => {
    expect(isWorkingDay('2024-06-07', none)).toBe(true)
    expect(isWorkingDay('2024-06-08', none)).toBe(false)
    expect(isWorkingDay('2024-06-09', none)).toBe(false)
  })

  it('knows holidays on weekdays and make-up working days on weekends', () => {
    expect(isWorkingDay('2024-10-01', cnHolidays)).toBe(false)
    expect(isWorkingDay('2024-10-12', cnHolidays)).toBe(true)
    expect(isWorkingDay('2020-02-01', cnHolidays)).toBe(false)
    expect(isWorkingDay('2020-02-03', cnHolidays)).toBe(true)
  })

  it('follows the listed exceptions and otherwise the day of the week', () => {
    fc.assert(
      fc.property(holidayCalendar, dateIn2024, (calendar, date) => {
        const weekday = ![0, 6].includes(weekdayOfIso(date))
        const expected = calendar.workdays.includes(date)
          ? true
          : calendar.holidays.includes(date)
            ? false
            : weekday
        expect(isWorkingDay(date, calendar)).toBe(expected)
      }),
    )
  })

  it('rejects a calendar listing a date both as a holiday and as a working day', () => {
    const bad = { holidays: ['2024-06-08'], workdays: ['2024-06-08'] }
    expect(() => isWorkingDay('2024-06-07', bad)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ code: 'overlap', path: ['calendar', 'workdays', 0] })],
      }),
    )
  })

  it('rejects a calendar holding a date that does not exist, naming its position', () => {
    const bad = { holidays: ['2024-01-01', '2023-02-29'], workdays: [] }
    expect(() => isWorkingDay('2024-06-07', bad)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['calendar', 'holidays', 1] })],
      }),
    )
  })

  it('refuses a day the calendar does not cover, naming its year', () => {
    // Spring Festival 2027 would fall in this week; cnHolidays cannot say.
    expect(() => isWorkingDay('2027-02-08', cnHolidays)).toThrow(outsideCalendarIn(2027))
    expect(() => isWorkingDay('2014-10-01', cnHolidays)).toThrow(outsideCalendarIn(2014))
    expect(isWorkingDay('2026-12-31', cnHolidays)).toBe(true)
    expect(isWorkingDay('2015-01-01', cnHolidays)).toBe(false)
  })

  it('answers for any day when the calendar states no coverage', () => {
    expect(isWorkingDay('2027-02-08', none)).toBe(true)
  })

  it('rejects a coverage that ends before it starts, or a listed date outside it', () => {
    const backwards = {
      coverage: { from: '2025-01-01', to: '2024-12-31' },
      holidays: [],
      workdays: [],
    }
    expect(() => isWorkingDay('2024-06-07', backwards)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ code: 'coverage_order', path: ['calendar', 'coverage', 'to'] }),
        ],
      }),
    )
    const outside = {
      coverage: { from: '2024-01-01', to: '2024-12-31' },
      holidays: ['2024-05-01', '2024-05-01', '2025-01-01'],
      workdays: [],
    }
    expect(() => isWorkingDay('2024-06-07', outside)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ code: 'outside_coverage', path: ['calendar', 'holidays', 2] }),
        ],
      }),
    )
  })
})
