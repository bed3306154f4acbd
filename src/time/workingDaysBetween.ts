import { calendarIndex, countWorkingDays } from './_internal/calendarIndex'
import { dayNumberOf } from './_internal/dayNumber'
import type { HolidayCalendar } from './holidayCalendar'

/**
 * The working days after `from` up to and including `to`, so that
 * `workingDaysBetween(d, addWorkingDays(d, n, c), c) === n`; negative when `to` is earlier.
 *
 * @example workingDaysBetween('2024-09-27', '2024-10-10', cnHolidays) // 5
 */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  const a = dayNumberOf(from, ['from'])
  const b = dayNumberOf(to, ['to'])
  const index = calendarIndex(calendar)
  return a <= b ? countWorkingDays(index, a, b) : 0 - countWorkingDays(index, b, a)
}
