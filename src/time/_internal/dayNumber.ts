import { quoted } from '../../_internal/arguments'
import { invalidInput } from './invalidInput'

// Dates are counted as whole days since 1970-01-01 with integer arithmetic only (Howard
// Hinnant's civil-from-days algorithms), so no Date object and no local time zone is involved.

/** Days in `month` (1-12) of `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** The day number of a valid year, month and day. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** The year, month and day of a day number. */
export function partsOfDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const shifted = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1
  const month = shifted < 10 ? shifted + 3 : shifted - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** First and last day numbers an ISO date string can write: 0000-01-01 and 9999-12-31. */
export const FIRST_DAY: number = dayNumberFromParts(0, 1, 1)
export const LAST_DAY: number = dayNumberFromParts(9999, 12, 31)

/** The day number of `value`; throws `INVALID_INPUT` at `path` unless it is a real YYYY-MM-DD. */
export function dayNumberOf(value: unknown, path: readonly (string | number)[]): number {
  // Read digit by digit: this runs on every call of every period function.
  if (
    typeof value === 'string' &&
    value.length === 10 &&
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(7) === 45
  ) {
    const year = digits(value, 0, 4)
    const month = digits(value, 5, 2)
    const day = digits(value, 8, 2)
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return dayNumberFromParts(year, month, day)
    }
  }
  throw invalidInput(
    path,
    'invalid_date',
    `expected a calendar date as YYYY-MM-DD, got ${quoted(value)}`,
  )
}

/** The number written by `count` ASCII digits from `start`, or -1 if any is not a digit. */
function digits(value: string, start: number, count: number): number {
  let number = 0
  for (let i = start; i < start + count; i++) {
    const digit = value.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    number = number * 10 + digit
  }
  return number
}

/** The ISO date of a day number; throws `INVALID_INPUT` at `path` past the years 0000-9999. */
export function isoOfDayNumber(dayNumber: number, path: readonly (string | number)[]): string {
  if (!(dayNumber >= FIRST_DAY && dayNumber <= LAST_DAY)) {
    throw invalidInput(path, 'date_out_of_range', 'the result falls outside the years 0000-9999')
  }
  const { year, month, day } = partsOfDayNumber(dayNumber)
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

/** Day of the week of a day number: 0 is Sunday, 6 is Saturday. */
export function weekdayOf(dayNumber: number): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7
}
