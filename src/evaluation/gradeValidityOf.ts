import { expectObject } from '../_internal/arguments'
import type { EvaluationMeasures } from './evaluationMeasuresOn'
import { gradeValidity } from './gradeValidity'

/** A grading as an `EvaluationGraded` entry records it: the announcement, any stated validity. */
export interface StatedGrading {
  readonly announcedOn: string
  readonly validFrom?: string | undefined
  readonly validTo?: string | undefined
}

/** The validity a grade holds: derived from the measures, or stated where none were in force. */
export interface HeldValidity {
  /** The measures in force on the announcement, or `null` when the grading stated the validity. */
  readonly measures: EvaluationMeasures | null
  readonly validFrom: string
  readonly validTo: string
}

/**
 * The validity of a recorded grading: the measures' (`gradeValidity`) whenever measures were
 * in force on its announcement, so a statement can only repeat it; the stated days for a grade
 * announced before 2011-03-01; `null` when neither exists.
 *
 * @example
 * gradeValidityOf({ announcedOn: '2026-06-10' }) // { measures: '2026', validFrom: '2027-01-01', validTo: '2031-12-31' }
 * gradeValidityOf({ announcedOn: '2009-11-20', validFrom: '2009-11-20', validTo: '2012-11-19' })
 * // { measures: null, validFrom: '2009-11-20', validTo: '2012-11-19' }
 */
export function gradeValidityOf(grading: StatedGrading): HeldValidity | null {
  expectObject(grading, 'grading')
  const derived = gradeValidity(grading.announcedOn)
  if (derived !== null) return derived
  const { validFrom, validTo } = grading
  if (validFrom === undefined || validTo === undefined) return null
  return { measures: null, validFrom, validTo }
}
