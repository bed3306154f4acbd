import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { readPeriod, shiftMonths } from './_internal/period'
import type { CalendarPeriod } from './calendarPeriod'

/**
 * The first day of "the last N years" of a term whose last day is `lastDay`: the day after
 * the same calendar day N years before it, so the window is exactly N years long under
 * either convention.
 *
 * @example termWindowStart('2025-06-30', { years: 2 }) // '2023-07-01'
 */
export function termWindowStart(lastDay: string, period: CalendarPeriod): string {
  const day = dayNumberOf(lastDay, ['lastDay'])
  const shift = readPeriod(period, ['period'])
  return isoOfDayNumber(shiftMonths(day - shift.days, -shift.months) + 1, ['period'])
}
