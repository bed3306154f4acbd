import type { CalendarPeriod } from './calendarPeriod'
import { windowStart } from './windowStart'

/**
 * The earliest event day still "within N years" (三年内, 一年内) of `at`: the same calendar
 * day N years back, so a later event on the anniversary is within, under either convention.
 *
 * @example withinStart('2024-06-01', { years: 3 }) // '2021-06-01'
 */
export function withinStart(at: string, period: CalendarPeriod): string {
  // The Civil Code count ends a period on its corresponding day, which is exactly this window.
  return windowStart(at, period, 'civil_code')
}
