import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cnHolidays } from '../../src/policies/cn/cnHolidays'
import { addDaysIso } from '../../src/time/addDaysIso'
import { addWorkingDays } from '../../src/time/addWorkingDays'
import { isWorkingDay } from '../../src/time/isWorkingDay'
import { workingDaysBetween } from '../../src/time/workingDaysBetween'
import {
  coveredCalendar,
  dateAround,
  dateIn2024,
  dayOfIso,
  holidayCalendar,
  isoOfDay,
  outsideCalendarIn,
} from './arbitraries'

describe('addWorkingDays', () => {
  it('counts 5 working days from a Friday to the next Friday when nothing is in between', () => {
    expect(addWorkingDays('2024-06-14', 5, cnHolidays)).toBe('2024-06-21')
  })

  it('skips National Day and counts the make-up Sunday before it', () => {
    // 09-29 (Sunday) and 09-30 count; 10-01..10-07 are off; then 10-08, 10-09, 10-10.
    expect(addWorkingDays('2024-09-27', 5, cnHolidays)).toBe('2024-10-10')
  })

  it('skips the 2020 Spring Festival as extended for COVID-19, Saturday 02-01 included', () => {
    expect(addWorkingDays('2020-01-23', 1, cnHolidays)).toBe('2020-02-03')
  })

  it('returns the date itself for 0 days, even on a day off', () => {
    expect(addWorkingDays('2024-10-01', 0, cnHolidays)).toBe('2024-10-01')
  })

  it('lands on a working day for one day or more', () => {
    fc.assert(
      fc.property(
        holidayCalendar,
        dateIn2024,
        fc.integer({ min: 1, max: 60 }),
        (calendar, date, n) => {
          expect(isWorkingDay(addWorkingDays(date, n, calendar), calendar)).toBe(true)
        },
      ),
    )
  })

  it('is undone by workingDaysBetween', () => {
    fc.assert(
      fc.property(
        holidayCalendar,
        dateIn2024,
        fc.integer({ min: 0, max: 60 }),
        (calendar, date, n) => {
          expect(workingDaysBetween(date, addWorkingDays(date, n, calendar), calendar)).toBe(n)
        },
      ),
    )
  })

  it('rejects a negative or fractional count', () => {
    expect(() => addWorkingDays('2024-06-14', -1, cnHolidays)).toThrow(/whole number/)
    expect(() => addWorkingDays('2024-06-14', 1.5, cnHolidays)).toThrow(/whole number/)
  })

  it('stops with an error on a calendar with no working day for over a year', () => {
    const off = {
      holidays: Array.from({ length: 400 }, (_, i) =>
        new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
      ),
      workdays: [],
    }
    expect(() => addWorkingDays('2023-12-31', 1, off)).toThrow(/no working day/)
  })
})

describe('addWorkingDays at the ends of the calendar', () => {
  it('refuses to count into 2027, which cnHolidays does not cover, naming the year', () => {
    expect(() => addWorkingDays('2026-12-28', 5, cnHolidays)).toThrow(outsideCalendarIn(2027))
    expect(() => addWorkingDays('2027-03-01', 1, cnHolidays)).toThrow(outsideCalendarIn(2027))
  })

  it('refuses to count before 2015, naming the year', () => {
    expect(() => addWorkingDays('2014-12-30', 1, cnHolidays)).toThrow(outsideCalendarIn(2014))
  })

  it('counts up to the last covered day', () => {
    expect(addWorkingDays('2026-12-28', 3, cnHolidays)).toBe('2026-12-31')
    // 01-01..01-03 off, Sunday 01-04 worked (2015 notice).
    expect(addWorkingDays('2014-12-31', 1, cnHolidays)).toBe('2015-01-04')
  })

  it('needs no calendar for 0 days', () => {
    expect(addWorkingDays('2030-01-01', 0, cnHolidays)).toBe('2030-01-01')
  })

  it('gives what the same lists give without coverage, or refuses when the count leaves it', () => {
    fc.assert(
      fc.property(
        coveredCalendar,
        dateAround,
        fc.integer({ min: 1, max: 400 }),
        (calendar, date, n) => {
          const { coverage: _coverage, ...lists } = calendar
          const unbounded = addWorkingDays(date, n, lists)
          const first = addDaysIso(date, 1)
          if (first >= '2023-01-01' && unbounded <= '2025-12-31') {
            expect(addWorkingDays(date, n, calendar)).toBe(unbounded)
          } else {
            const year = first < '2023-01-01' ? Number(first.slice(0, 4)) : 2026
            expect(() => addWorkingDays(date, n, calendar)).toThrow(outsideCalendarIn(year))
          }
        },
      ),
    )
  })

  it('is undone by workingDaysBetween anywhere inside the national calendar', () => {
    const inside = fc
      .integer({ min: dayOfIso('2014-12-31'), max: dayOfIso('2026-09-30') })
      .map(isoOfDay)
    fc.assert(
      fc.property(inside, fc.integer({ min: 0, max: 40 }), (date, n) => {
        expect(workingDaysBetween(date, addWorkingDays(date, n, cnHolidays), cnHolidays)).toBe(n)
      }),
    )
  })
})
