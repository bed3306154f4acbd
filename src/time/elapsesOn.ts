import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { lastDayOf, readConvention, readPeriod } from './_internal/period'
import type { CalendarPeriod, PeriodConvention } from './calendarPeriod'

/**
 * The first date on which the full period triggered on `start` has run: the day after
 * `periodEnd`. A scheduler asks this for the next change of a status.
 *
 * @example
 * elapsesOn('2021-06-01', { years: 2 }, 'civil_code') // '2023-06-02'
 * elapsesOn('2021-06-01', { years: 2 }, 'calendar')   // '2023-06-01'
 */
export function elapsesOn(
  start: string,
  period: CalendarPeriod,
  convention: PeriodConvention,
): string {
  const last = lastDayOf(
    dayNumberOf(start, ['start']),
    readPeriod(period, ['period']),
    readConvention(convention, ['convention']),
  )
  return isoOfDayNumber(last + 1, ['period'])
}
