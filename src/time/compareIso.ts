import { dayNumberOf } from './_internal/dayNumber'

/**
 * -1, 0 or 1 as `a` is before, on or after `b`; usable as an `Array.prototype.sort` comparator.
 *
 * @example ['2024-03-01', '2023-12-31'].sort(compareIso) // ['2023-12-31', '2024-03-01']
 */
export function compareIso(a: string, b: string): -1 | 0 | 1 {
  const x = dayNumberOf(a, ['a'])
  const y = dayNumberOf(b, ['b'])
  return x < y ? -1 : x > y ? 1 : 0
}
