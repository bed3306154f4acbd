import { textOf } from '../_internal/arguments'
import { calendarIndex, nextWorkingDay } from './_internal/calendarIndex'
import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { invalidInput } from './_internal/invalidInput'
import type { HolidayCalendar } from './holidayCalendar'

/**
 * The `n`th working day after `date` ("within 5 working days"): counting starts the next day,
 * as in Civil Code Art. 201, so `date` itself never counts. With `n` = 0, `date` itself.
 *
 * @example addWorkingDays('2024-09-27', 5, cnHolidays) // '2024-10-10': National Day in between
 */
export function addWorkingDays(date: string, n: number, calendar: HolidayCalendar): string {
  let day = dayNumberOf(date, ['date'])
  if (!Number.isSafeInteger(n) || n < 0) {
    throw invalidInput(
      ['n'],
      'invalid_count',
      `expected a whole number, 0 or more, got ${textOf(n)}`,
    )
  }
  const index = calendarIndex(calendar)
  for (let counted = 0; counted < n; counted++) day = nextWorkingDay(index, day)
  return isoOfDayNumber(day, ['n'])
}
