import type { Issue } from '../errors'
import { type Grade, grades } from './grades'
import type { IndicatorSet, ScoreBand } from './indicatorSet'

/** The points every indicator set is scored out of. */
export const SCALE = 1000

/**
 * What an indicator set of the right shape can still get wrong, each with a stable code and a
 * path into the set: a repeated category or indicator id (`duplicate_id`), indicators that do
 * not add up to 1000 points (`indicator_sum`), a band outside 0..1000 (`band_outside_scale`)
 * or ending below its start (`band_inverted`), two bands sharing a score (`bands_overlap`), a
 * higher grade banded below a lower one (`bands_out_of_order`), and an end of effect on or
 * before its start (`effective_inverted`).
 */
export function indicatorSetIssues(set: IndicatorSet): Issue[] {
  const issues: Issue[] = []
  const seen = new Set<string>()
  let sum = 0
  set.categories.forEach((category, c) => {
    if (seen.has(category.id)) issues.push(duplicate(category.id, ['categories', c, 'id']))
    seen.add(category.id)
    category.indicators.forEach((indicator, i) => {
      sum += indicator.maxPoints
      const path = ['categories', c, 'indicators', i, 'id']
      if (seen.has(indicator.id)) issues.push(duplicate(indicator.id, path))
      seen.add(indicator.id)
    })
  })
  if (sum !== SCALE) {
    issues.push({
      code: 'indicator_sum',
      path: ['categories'],
      message: `the indicators add up to ${sum} points; a set is scored out of exactly ${SCALE}`,
    })
  }
  issues.push(...bandIssues(set.bands))
  if (set.effective.to !== undefined && set.effective.to <= set.effective.from) {
    issues.push({
      code: 'effective_inverted',
      path: ['effective', 'to'],
      message: `the set must end after it starts (${set.effective.from}); ${set.effective.to} is not later`,
    })
  }
  return issues
}

function bandIssues(bands: IndicatorSet['bands']): Issue[] {
  const issues: Issue[] = []
  const sound: [Grade, ScoreBand][] = []
  for (const grade of grades) {
    const band = bands[grade]
    if (band === undefined) continue
    const before = issues.length
    if (band.min < 0 || band.max > SCALE) {
      issues.push({
        code: 'band_outside_scale',
        path: ['bands', grade],
        message: `the ${grade} band ${band.min}–${band.max} leaves the scale of 0–${SCALE} points`,
      })
    }
    if (band.min > band.max) {
      issues.push({
        code: 'band_inverted',
        path: ['bands', grade, 'max'],
        message: `the ${grade} band ends at ${band.max}, below its start at ${band.min}`,
      })
    }
    if (issues.length === before) sound.push([grade, band])
  }
  // Lowest grade first, so each later band must lie wholly above every earlier one.
  sound.forEach(([grade, band], i) => {
    for (const [lower, under] of sound.slice(0, i)) {
      const range = `${grade} ${band.min}–${band.max} and ${lower} ${under.min}–${under.max}`
      if (band.min <= under.max && under.min <= band.max) {
        issues.push({
          code: 'bands_overlap',
          path: ['bands', grade],
          message: `the bands ${range} share scores; a score must earn one grade`,
        })
      } else if (band.max < under.min) {
        issues.push({
          code: 'bands_out_of_order',
          path: ['bands', grade],
          message: `the bands ${range} rank the higher grade below the lower one`,
        })
      }
    }
  })
  return issues
}

function duplicate(id: string, path: (string | number)[]): Issue {
  return { code: 'duplicate_id', path, message: `the id ${id} is used twice in the set` }
}
