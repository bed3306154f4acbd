import { quoted } from '../_internal/arguments'
import { dayNumberOf } from './_internal/dayNumber'
import { invalidInput } from './_internal/invalidInput'

/**
 * The date `monthDay` ('MM-DD') of `year`, for fixed due dates such as the annual work report
 * due by 31 May of the following year.
 *
 * @example dueDateInYear(reportYear + 1, '05-31') // '2025-05-31' for the 2024 report
 */
export function dueDateInYear(year: number, monthDay: string): string {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw invalidInput(['year'], 'invalid_year', `expected a year from 0 to 9999, got ${year}`)
  }
  if (typeof monthDay !== 'string' || !/^\d{2}-\d{2}$/.test(monthDay)) {
    throw invalidInput(['monthDay'], 'invalid_month_day', `expected MM-DD, got ${quoted(monthDay)}`)
  }
  const date = `${String(year).padStart(4, '0')}-${monthDay}`
  dayNumberOf(date, ['monthDay'])
  return date
}
