import { calendarIndex, isWorkingDayNumber } from './_internal/calendarIndex'
import { dayNumberOf } from './_internal/dayNumber'
import type { HolidayCalendar } from './holidayCalendar'

/**
 * Whether `date` is a working day (工作日): a make-up working day, or Monday to Friday and
 * not a holiday.
 *
 * @example isWorkingDay('2026-02-14', cnHolidays) // true: a Saturday worked for Spring Festival
 */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  return isWorkingDayNumber(calendarIndex(calendar), dayNumberOf(date, ['date']))
}
