import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { lastDayOf, readConvention, readPeriod } from './_internal/period'
import type { CalendarPeriod, PeriodConvention } from './calendarPeriod'

/**
 * The last day inside a period triggered on `start`. Under `civil_code` it is the corresponding
 * day (the trigger day is not counted); under `calendar` it is the day before the anniversary.
 *
 * @example
 * periodEnd('2021-06-01', { years: 2 }, 'civil_code') // '2023-06-01'
 * periodEnd('2021-06-01', { years: 2 }, 'calendar')   // '2023-05-31'
 */
export function periodEnd(
  start: string,
  period: CalendarPeriod,
  convention: PeriodConvention,
): string {
  const last = lastDayOf(
    dayNumberOf(start, ['start']),
    readPeriod(period, ['period']),
    readConvention(convention, ['convention']),
  )
  return isoOfDayNumber(last, ['period'])
}
