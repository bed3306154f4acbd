import {
  coolOffUntil,
  type EvaluationMeasures,
  evaluationMeasuresOn,
  type Grade,
  type GradeAction,
  gradeValidityOf,
  type ReEvaluationWindow,
  reEvaluationWindow,
} from '../../evaluation'
import type { EntryOf, EvaluationGradedData, GradeActionGround } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/**
 * The grade in force or last held, with its validity as the measures in force on its
 * announcement set it (`gradeValidity`), or as the grading stated it before 2011-03-01.
 */
export interface GradeView {
  /** The grade now, after any downgrade. */
  readonly grade: Grade
  readonly score: number | null
  readonly evaluator: string
  readonly evaluatorType: EvaluationGradedData['evaluatorType']
  readonly evaluationKind: EvaluationGradedData['evaluationKind']
  readonly announcedOn: string
  /** The measures the validity follows; `null` for a grade announced before any were in force. */
  readonly measures: EvaluationMeasures | null
  readonly validFrom: string
  readonly validTo: string
  /**
   * When the grade may be renewed or re-evaluated (EV-16, EV-22), under the measures it
   * follows; a grade announced before 2011-03-01 renews under Order 39, the first to govern it.
   */
  readonly reEvaluation: ReEvaluationWindow
  /**
   * Whether `validFrom ≤ day ≤ validTo` on the `asOf` day, or on `through` when the file was
   * read without `asOf`; a policy asking about another day compares the dates itself.
   */
  readonly valid: boolean
  /** The EvaluationGraded entry. */
  readonly seq: number
  /** The last downgrade applied to it. */
  readonly downgradedBy: number | null
  /** The certificate issued for it and not yet returned (`evaluations` has its story). */
  readonly certificate: number | null
}

/** A grade awarded, lowered or cancelled. */
export interface GradeEvent {
  readonly event: 'graded' | 'downgraded' | 'cancelled'
  readonly seq: number
  readonly on: string
  /** The grade afterwards; `null` once cancelled. */
  readonly grade: Grade | null
  /** The grade before a downgrade or cancellation. */
  readonly from: Grade | null
  readonly ground: GradeActionGround | null
  /**
   * The last day of the EV-18 cool-off after a downgrade or cancellation: `coolOffUntil` of the
   * measures in force on the action's day, else as the action stated it; `null` for a grading.
   */
  readonly coolOffUntil: string | null
}

/** Makes the new grade the current one. */
export function evaluationGraded(draft: CreditFileDraft, entry: EntryOf<'EvaluationGraded'>): void {
  const data = entry.data
  // The schema requires a stated validity where gradeValidityOf has none to give; the fallback
  // only keeps a file folded from unchecked entries readable.
  const validity = gradeValidityOf(data) ?? {
    measures: null,
    validFrom: data.announcedOn,
    validTo: data.announcedOn,
  }
  draft.grade = {
    grade: data.grade,
    score: data.score ?? null,
    evaluator: data.evaluator,
    evaluatorType: data.evaluatorType,
    evaluationKind: data.evaluationKind,
    announcedOn: data.announcedOn,
    measures: validity.measures,
    validFrom: validity.validFrom,
    validTo: validity.validTo,
    reEvaluation: reEvaluationWindow({ ...validity, measures: validity.measures ?? '2011' }),
    valid: false,
    seq: entry.seq,
    downgradedBy: null,
    certificate: null,
  }
  draft.gradeHistory.push({
    event: 'graded',
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    grade: data.grade,
    from: null,
    ground: null,
    coolOffUntil: null,
  })
}

/** Lowers the current grade; its validity stays. */
export function gradeDowngraded(draft: CreditFileDraft, entry: EntryOf<'GradeDowngraded'>): void {
  const data = entry.data
  if (draft.grade !== null) {
    draft.grade.grade = data.to
    draft.grade.downgradedBy = entry.seq
  }
  const on = effectiveDay(entry.effectiveAt)
  draft.gradeHistory.push({
    event: 'downgraded',
    seq: entry.seq,
    on,
    grade: data.to,
    from: data.from,
    ground: data.ground,
    coolOffUntil: coolOffOf('downgraded', on, data.coolOffUntil),
  })
}

/** Removes the current grade. */
export function gradeCancelled(draft: CreditFileDraft, entry: EntryOf<'GradeCancelled'>): void {
  const from = draft.grade?.grade ?? null
  draft.grade = null
  const on = effectiveDay(entry.effectiveAt)
  draft.gradeHistory.push({
    event: 'cancelled',
    seq: entry.seq,
    on,
    grade: null,
    from,
    ground: entry.data.ground,
    coolOffUntil: coolOffOf('cancelled', on, entry.data.coolOffUntil),
  })
}

// The measures count the cool-off; an action before them holds what it stated, if anything.
function coolOffOf(action: GradeAction, on: string, stated: string | undefined): string | null {
  return evaluationMeasuresOn(on) === null ? (stated ?? null) : coolOffUntil(action, on)
}

/** Works out whether the current grade is valid on the file's day. */
export function settleGrade(draft: CreditFileDraft): void {
  const grade = draft.grade
  if (grade === null) return
  const day = draft.asOf === null ? draft.through : effectiveDay(draft.asOf)
  const valid = day !== null && grade.validFrom <= day && day <= grade.validTo
  if (grade.valid !== valid) grade.valid = valid
}
