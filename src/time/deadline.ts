import { calendarIndex, isWorkingDayNumber, nextWorkingDay } from './_internal/calendarIndex'
import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { lastDayOf, readPeriod } from './_internal/period'
import type { CalendarPeriod } from './calendarPeriod'
import type { HolidayCalendar } from './holidayCalendar'

/**
 * The last day to do an act due within `period` of `start`, by the Civil Code: the period's
 * last day, moved to the first working day after it when it falls on a day off (Art. 203),
 * if a calendar is given. The act is in time until 24:00 of that day (`instantBound`).
 * Only deadlines move this way; for how long a status lasts use `periodEnd`.
 *
 * @example deadline('2017-10-01', { years: 3 }, cnHolidays) // '2020-10-09', after National Day
 */
export function deadline(
  start: string,
  period: CalendarPeriod,
  calendar?: HolidayCalendar,
): string {
  const last = lastDayOf(
    dayNumberOf(start, ['start']),
    readPeriod(period, ['period']),
    'civil_code',
  )
  if (calendar === undefined) return isoOfDayNumber(last, ['period'])
  const index = calendarIndex(calendar)
  const due = isWorkingDayNumber(index, last) ? last : nextWorkingDay(index, last)
  return isoOfDayNumber(due, ['period'])
}
