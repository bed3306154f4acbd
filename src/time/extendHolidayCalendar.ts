import type { Issue } from '../errors'
import { calendarIssues, invalidCalendar } from './_internal/invalidCalendar'
import { type HolidayCalendar, holidayCalendarSchema } from './holidayCalendar'
import { type HolidayYear, holidayYearSchema } from './holidayYear'

/**
 * `base` with one more year: the year right after its coverage, with the days off and make-up
 * working days its notice sets. The coverage grows to the end of that year. Throws
 * `INVALID_INPUT` naming each problem's path: a schedule `holidayYearSchema` refuses, a base
 * without coverage or ending before 31 December, a year that leaves a gap or repeats one, or
 * a December day the base already lists the other way.
 *
 * @example
 * const calendar = extendHolidayCalendar(cnHolidays, { year: 2027, holidays, workdays })
 * const policy = cnPolicyWith({ calendar })
 */
export function extendHolidayCalendar(
  base: HolidayCalendar,
  schedule: HolidayYear,
): HolidayCalendar {
  const checkedBase = holidayCalendarSchema.safeParse(base)
  const checkedYear = holidayYearSchema.safeParse(schedule)
  const issues: Issue[] = [
    ...(checkedBase.success ? [] : calendarIssues(checkedBase.error.issues, ['base'])),
    ...(checkedYear.success ? [] : calendarIssues(checkedYear.error.issues, ['schedule'])),
  ]
  if (!checkedBase.success || !checkedYear.success)
    throw invalidCalendar('calendar extension', issues)
  const { coverage, holidays, workdays } = checkedBase.data
  const year = checkedYear.data
  if (coverage === undefined) {
    issues.push({
      code: 'no_coverage',
      path: ['base', 'coverage'],
      message:
        'a calendar without coverage already vouches for every day: give it one to extend it',
    })
  } else if (coverage.to !== `${String(year.year - 1).padStart(4, '0')}-12-31`) {
    issues.push({
      code: 'not_contiguous',
      path: ['schedule', 'year'],
      message: coverage.to.endsWith('-12-31')
        ? `the calendar covers ${coverage.from} to ${coverage.to}: the year to add is ${Number(coverage.to.slice(0, 4)) + 1}`
        : `the calendar's coverage ends on ${coverage.to}, not on 31 December: a year can only follow a whole year`,
    })
  }
  const worked = new Set(workdays)
  const off = new Set(holidays)
  for (const [field, other, already] of [
    ['holidays', worked, 'a make-up working day'],
    ['workdays', off, 'a holiday'],
  ] as const) {
    year[field].forEach((date, index) => {
      const path = ['schedule', field, index]
      if (other.has(date)) {
        issues.push({
          code: 'overlap',
          path,
          message: `${date} is already ${already} in the base calendar`,
        })
      } else if (coverage !== undefined && date < coverage.from) {
        issues.push({
          code: 'outside_coverage',
          path,
          message: `${date} is before the calendar's coverage, from ${coverage.from}`,
        })
      }
    })
  }
  if (issues.length > 0 || coverage === undefined)
    throw invalidCalendar('calendar extension', issues)
  return Object.freeze({
    coverage: Object.freeze({
      from: coverage.from,
      to: `${String(year.year).padStart(4, '0')}-12-31`,
    }),
    holidays: Object.freeze([...new Set([...holidays, ...year.holidays])]),
    workdays: Object.freeze([...new Set([...workdays, ...year.workdays])]),
  })
}
