import * as z from 'zod'
import { fromZodIssues } from '../_internal/issues'
import { type Issue, LedgerError } from '../errors'
import { bandText } from './bandText'
import { type Grade, grades } from './grades'
import { inBand } from './inBand'
import type { IndicatorSet } from './indicatorSet'
import { type IndicatorSetQuery, indicatorSetInForce } from './indicatorSetInForce'

/** A grade and the score it was given, with what picks the indicator set that bands them. */
export interface ScoredGrade extends IndicatorSetQuery {
  readonly grade: Grade
  readonly score: number
}

const gradeSchema = z.object({ grade: z.enum(grades), score: z.number() })

/**
 * Whether a grade fits its score under the indicator set in force (`indicatorSetInForce`): a
 * score outside the grade's band is `score_outside_band` at `['score']`, naming the grade, its
 * band, the score and the set; a grade the set has no band for is `grade_without_band` at
 * `['grade']`. No set in force, no issues: nothing says which scores earn which grade.
 *
 * @example
 * scoreIssues(nationalIndicatorSets, { grade: '3A', score: 955, evaluationKind: 'comprehensive', on: '2024-06-01' })
 * // [{ code: 'score_outside_band', path: ['score'],
 * //    message: 'a 3A grade needs 851–900 points under cn-comprehensive-2011-local; 955 is not in it' }]
 */
export function scoreIssues(sets: readonly IndicatorSet[], scored: ScoredGrade): Issue[] {
  const parsed = gradeSchema.safeParse(scored)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['scored'])
    throw new LedgerError('INVALID_INPUT', `invalid grade: ${issues[0]?.message}`, issues)
  }
  const set = indicatorSetInForce(sets, scored)
  if (set === null) return []
  const { grade, score } = parsed.data
  const band = set.bands[grade]
  if (band === undefined) {
    return [
      {
        code: 'grade_without_band',
        path: ['grade'],
        message: `${set.id} gives no score band for ${grade}, so no score earns it`,
      },
    ]
  }
  if (inBand(band, score)) return []
  return [
    {
      code: 'score_outside_band',
      path: ['score'],
      message: `a ${grade} grade needs ${bandText(band)} points under ${set.id}; ${score} is not in it`,
    },
  ]
}
