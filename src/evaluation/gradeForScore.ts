import { LedgerError } from '../errors'
import { readIndicatorSet } from './defineIndicatorSet'
import { type Grade, grades } from './grades'
import { inBand } from './inBand'
import type { IndicatorSet } from './indicatorSet'

/**
 * The grade whose band holds `score` in an indicator set, or `null` when no band does (a score
 * below the lowest band earns no grade).
 *
 * @example
 * const [comprehensive] = nationalIndicatorSets
 * gradeForScore(comprehensive, 918) // '4A'
 * gradeForScore(comprehensive, 950) // '4A': the set resolves EV-27's overlap at 950 this way
 */
export function gradeForScore(set: IndicatorSet, score: number): Grade | null {
  const read = readIndicatorSet(set, ['set'])
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    const message = `score must be a finite number of points, not ${typeof score === 'number' ? score : typeof score}`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'invalid_score', path: ['score'], message },
    ])
  }
  for (const grade of grades) {
    const band = read.bands[grade]
    if (band !== undefined && inBand(band, score)) return grade
  }
  return null
}
