import { dayNumberOf } from './_internal/dayNumber'
import { lastDayOf, readConvention, readPeriod } from './_internal/period'
import type { CalendarPeriod, PeriodConvention } from './calendarPeriod'

/**
 * Whether, on the date `at`, the full period triggered on `start` has run ("on the list for
 * a full 2 years"). Under `civil_code` that is from the day after the last day; under
 * `calendar` from the anniversary.
 *
 * @example
 * hasElapsed('2021-06-01', { years: 2 }, '2023-06-01', 'civil_code') // false
 * hasElapsed('2021-06-01', { years: 2 }, '2023-06-01', 'calendar')   // true
 */
export function hasElapsed(
  start: string,
  period: CalendarPeriod,
  at: string,
  convention: PeriodConvention,
): boolean {
  const last = lastDayOf(
    dayNumberOf(start, ['start']),
    readPeriod(period, ['period']),
    readConvention(convention, ['convention']),
  )
  return dayNumberOf(at, ['at']) > last
}
