import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { shiftMonths } from './_internal/period'
import { addDaysIso } from './addDaysIso'
import type { CalendarPeriod } from './calendarPeriod'

/**
 * The first day of the `period` that ends on `last`: the period counted back from the day
 * after, by corresponding days ("a year before the qualification ends" is `validTo` less a year,
 * plus a day). Not moved off a day off.
 *
 * @example
 * periodEndingOn('2025-12-31', { years: 1 }) // '2025-01-01'
 */
export function periodEndingOn(last: string, period: CalendarPeriod): string {
  const { years = 0, months = 0, days = 0 } = period
  const after = dayNumberOf(addDaysIso(last, 1), ['last'])
  return isoOfDayNumber(shiftMonths(after, -(years * 12 + months)) - days, ['period'])
}
