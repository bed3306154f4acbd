import { invalidInput } from './_internal/invalidInput'

/**
 * The last day of `year`, for obligations due "by the end of the year".
 *
 * @example yearEnd(2024) // '2024-12-31'
 */
export function yearEnd(year: number): string {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw invalidInput(['year'], 'invalid_year', `expected a year from 0 to 9999, got ${year}`)
  }
  return `${String(year).padStart(4, '0')}-12-31`
}
