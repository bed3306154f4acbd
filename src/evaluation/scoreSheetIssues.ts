import { expectObject } from '../_internal/arguments'
import type { Issue } from '../errors'
import { readIndicatorSet } from './defineIndicatorSet'
import type { IndicatorSet } from './indicatorSet'
import { sameScore } from './sameScore'

/**
 * What is wrong with a score sheet: points by indicator id and, if given, the total written on
 * it. Paths are those of `{ points, total }`: `unknown_indicator`, `invalid_points` (not a
 * finite number), `negative_points` and `above_maximum` at `['points', id]`, and
 * `total_mismatch` at `['total']` when the points do not add up to the total. A sheet may
 * leave indicators out while scoring is under way.
 *
 * @example
 * const [comprehensive] = nationalIndicatorSets
 * scoreSheetIssues(comprehensive, { 'basic.legal_person': 31 })
 * // [{ code: 'above_maximum', path: ['points', 'basic.legal_person'], message: '… at most 30 points …' }]
 */
export function scoreSheetIssues(
  set: IndicatorSet,
  points: Readonly<Record<string, number>>,
  total?: number,
): Issue[] {
  const read = readIndicatorSet(set, ['set'])
  expectObject(points, 'points')
  const maxima = new Map(
    read.categories.flatMap((category) =>
      category.indicators.map((indicator) => [indicator.id, indicator.maxPoints] as const),
    ),
  )
  const issues: Issue[] = []
  let sum = 0
  for (const [id, value] of Object.entries(points)) {
    const path = ['points', id]
    const max = maxima.get(id)
    if (max === undefined) {
      issues.push({ code: 'unknown_indicator', path, message: `${read.id} has no indicator ${id}` })
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push({ code: 'invalid_points', path, message: `${id} needs a number of points` })
    } else if (value < 0) {
      issues.push({ code: 'negative_points', path, message: `${id} cannot score ${value} points` })
    } else if (value > max) {
      issues.push({
        code: 'above_maximum',
        path,
        message: `${id} earns at most ${max} points under ${read.id}, not ${value}`,
      })
    }
    if (max !== undefined && typeof value === 'number' && Number.isFinite(value)) sum += value
  }
  if (total === undefined) return issues
  if (typeof total !== 'number' || !Number.isFinite(total)) {
    issues.push({ code: 'invalid_points', path: ['total'], message: 'the total needs a number' })
  } else if (!sameScore(sum, total)) {
    issues.push({
      code: 'total_mismatch',
      path: ['total'],
      message: `the points add up to ${round(sum)}, not the ${total} the sheet gives`,
    })
  }
  return issues
}

// Half points add up exactly; anything finer is shown as people would write it.
function round(points: number): number {
  return Math.round(points * 1000) / 1000
}
