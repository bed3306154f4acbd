import { dayNumberOf } from './_internal/dayNumber'
import { lastDayOf, readConvention, readPeriod } from './_internal/period'
import type { CalendarPeriod, PeriodConvention } from './calendarPeriod'

/**
 * Whether `at` falls within the period triggered on `start`: from the trigger day itself
 * (an act on that day is within any period after it) through `periodEnd`.
 *
 * @example isWithin('2021-06-01', { years: 3 }, '2024-06-01', 'civil_code') // true
 */
export function isWithin(
  start: string,
  period: CalendarPeriod,
  at: string,
  convention: PeriodConvention,
): boolean {
  const from = dayNumberOf(start, ['start'])
  const day = dayNumberOf(at, ['at'])
  const last = lastDayOf(
    from,
    readPeriod(period, ['period']),
    readConvention(convention, ['convention']),
  )
  return day >= from && day <= last
}
