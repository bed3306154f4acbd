/**
 * Whether two scores are the same number of points: sums of fractional points (915.5) are
 * compared to a millionth of a point, so the order they were added in does not matter.
 */
export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6
}
