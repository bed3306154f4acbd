import type { ScoreBand } from './indicatorSet'

/** A band as people write it: `851–900`. */
export function bandText(band: ScoreBand): string {
  return `${band.min}–${band.max}`
}
