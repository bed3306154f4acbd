import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { lastDayOf, readConvention, readPeriod, shiftMonths } from './_internal/period'
import type { CalendarPeriod, PeriodConvention } from './calendarPeriod'

/**
 * The earliest trigger date whose period still contains `at`: events on or after it count
 * for a trailing window such as "two warnings within 3 years" looked at on `at`.
 *
 * @example windowStart('2024-06-01', { years: 3 }, 'civil_code') // '2021-06-01'
 */
export function windowStart(
  at: string,
  period: CalendarPeriod,
  convention: PeriodConvention,
): string {
  const day = dayNumberOf(at, ['at'])
  const shift = readPeriod(period, ['period'])
  const rule = readConvention(convention, ['convention'])
  // Going back by the period lands on or before the answer, because month-end clipping only
  // ever pulls a corresponding day earlier; stepping forward then takes a few days at most.
  let start = shiftMonths(day - shift.days, -shift.months)
  while (lastDayOf(start, shift, rule) < day) start++
  return isoOfDayNumber(start, ['period'])
}
