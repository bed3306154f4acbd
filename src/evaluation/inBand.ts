import type { ScoreBand } from './indicatorSet'

/**
 * Whether a score falls in a band. Bands are written in whole points (901–950); a score with a
 * fraction belongs to the band of its whole points, so 950.5 is in 901–950, as it is below the
 * next band's 951.
 */
export function inBand(band: ScoreBand, score: number): boolean {
  return band.min <= score && score < band.max + 1
}
