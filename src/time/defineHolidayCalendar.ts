import { calendarIssues, invalidCalendar } from './_internal/invalidCalendar'
import { type HolidayCalendar, holidayCalendarSchema } from './holidayCalendar'

/**
 * A holiday calendar from data (a province's own, or one read from JSON), checked and frozen:
 * every date real, none both a holiday and a make-up working day, all inside `coverage`.
 * Throws `INVALID_INPUT` with an issue per problem, each naming its path.
 *
 * @example
 * const guangxi = defineHolidayCalendar({ ...cnHolidays, holidays: [...cnHolidays.holidays, '2025-03-31'] })
 */
export function defineHolidayCalendar(input: unknown): HolidayCalendar {
  const parsed = holidayCalendarSchema.safeParse(input)
  if (!parsed.success)
    throw invalidCalendar('holiday calendar', calendarIssues(parsed.error.issues))
  const { coverage, holidays, workdays } = parsed.data
  return Object.freeze({
    ...(coverage === undefined ? {} : { coverage: Object.freeze({ ...coverage }) }),
    holidays: Object.freeze([...holidays]),
    workdays: Object.freeze([...workdays]),
  })
}
