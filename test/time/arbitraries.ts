import fc from 'fast-check'
import { expect } from 'vitest'
import type { CalendarPeriod, PeriodConvention } from '../../src/time/calendarPeriod'
import type { HolidayCalendar } from '../../src/time/holidayCalendar'

// Dates are made with the platform's UTC Date, not with the code under test.
const DAY_MS = 86_400_000
export const dayOfIso = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)
export const weekdayOfIso = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay()

/** A date between 1900 and 2200. */
export const isoDate: fc.Arbitrary<string> = fc
  .integer({ min: dayOfIso('1900-01-01'), max: dayOfIso('2200-12-31') })
  .map(isoOfDay)

/** A date that is the 28th or earlier, so no month-end clipping can happen from it. */
export const unclippedDate: fc.Arbitrary<string> = isoDate.filter((date) => date.slice(8) <= '28')

/** A period with at least one positive field, some fields left out. */
export const period: fc.Arbitrary<CalendarPeriod> = fc
  .record(
    {
      years: fc.integer({ min: 0, max: 30 }),
      months: fc.integer({ min: 0, max: 40 }),
      days: fc.integer({ min: 0, max: 400 }),
    },
    { requiredKeys: [] },
  )
  .filter((p) => (p.years ?? 0) + (p.months ?? 0) + (p.days ?? 0) > 0)

/** A period in years and months only, at least one month long. */
export const monthPeriod: fc.Arbitrary<CalendarPeriod> = fc
  .record({ years: fc.integer({ min: 0, max: 30 }), months: fc.integer({ min: 0, max: 40 }) })
  .filter((p) => p.years + p.months > 0)

export const convention: fc.Arbitrary<PeriodConvention> = fc.constantFrom('civil_code', 'calendar')

/** A random calendar over 2023-2025: weekday holidays, weekend make-up days, disjoint. */
export const holidayCalendar: fc.Arbitrary<HolidayCalendar> = fc
  .uniqueArray(fc.integer({ min: dayOfIso('2023-01-01'), max: dayOfIso('2025-12-31') }), {
    maxLength: 120,
  })
  .chain((days) =>
    fc.array(fc.boolean(), { minLength: days.length, maxLength: days.length }).map((flags) => ({
      holidays: days.filter((_, i) => flags[i]).map(isoOfDay),
      workdays: days
        .filter((day, i) => !flags[i] && [0, 6].includes(weekdayOfIso(isoOfDay(day))))
        .map(isoOfDay),
    })),
  )

/** A date inside the random calendars' years. */
export const dateIn2024: fc.Arbitrary<string> = fc
  .integer({ min: dayOfIso('2024-01-01'), max: dayOfIso('2024-12-31') })
  .map(isoOfDay)

/** The random calendars, stating that they cover 2023-2025. */
export const coveredCalendar: fc.Arbitrary<HolidayCalendar> = holidayCalendar.map((calendar) => ({
  coverage: { from: '2023-01-01', to: '2025-12-31' },
  ...calendar,
}))

/** A date from 2022 to 2026, around the covered calendars' years. */
export const dateAround: fc.Arbitrary<string> = fc
  .integer({ min: dayOfIso('2022-06-01'), max: dayOfIso('2026-06-30') })
  .map(isoOfDay)

/** The error a count outside a calendar's coverage throws, naming `year`. */
export const outsideCalendarIn = (year: number): unknown =>
  expect.objectContaining({
    code: 'OUTSIDE_CALENDAR',
    issues: [
      expect.objectContaining({ code: 'outside_calendar', path: ['calendar', 'coverage'], year }),
    ],
  })
