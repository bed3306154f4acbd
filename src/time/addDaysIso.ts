import { dayNumberOf, isoOfDayNumber } from './_internal/dayNumber'
import { invalidInput } from './_internal/invalidInput'

/**
 * The date `days` calendar days after `date` (before it when negative).
 *
 * @example addDaysIso('2024-02-28', 2) // '2024-03-01'
 */
export function addDaysIso(date: string, days: number): string {
  const day = dayNumberOf(date, ['date'])
  if (!Number.isSafeInteger(days)) {
    throw invalidInput(['days'], 'invalid_count', `expected a whole number, got ${days}`)
  }
  return isoOfDayNumber(day + days, ['days'])
}
