import type { EntryOf } from '../../events/catalogue'
import type { EvaluationGradedData, Grade, GradeActionGround } from '../../events/types/evaluation'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** The grade in force or last held, with its validity as the grading decision stated it. */
export interface GradeView {
  /** The grade now, after any downgrade. */
  readonly grade: Grade
  readonly score: number | null
  readonly evaluator: string
  readonly evaluatorType: EvaluationGradedData['evaluatorType']
  readonly evaluationKind: EvaluationGradedData['evaluationKind']
  readonly announcedOn: string
  readonly validFrom: string
  readonly validTo: string
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
  readonly coolOffUntil: string | null
}

/** Makes the new grade the current one. */
export function evaluationGraded(draft: CreditFileDraft, entry: EntryOf<'EvaluationGraded'>): void {
  const data = entry.data
  draft.grade = {
    grade: data.grade,
    score: data.score ?? null,
    evaluator: data.evaluator,
    evaluatorType: data.evaluatorType,
    evaluationKind: data.evaluationKind,
    announcedOn: data.announcedOn,
    validFrom: data.validFrom,
    validTo: data.validTo,
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
  draft.gradeHistory.push({
    event: 'downgraded',
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    grade: data.to,
    from: data.from,
    ground: data.ground,
    coolOffUntil: data.coolOffUntil ?? null,
  })
}

/** Removes the current grade. */
export function gradeCancelled(draft: CreditFileDraft, entry: EntryOf<'GradeCancelled'>): void {
  const from = draft.grade?.grade ?? null
  draft.grade = null
  draft.gradeHistory.push({
    event: 'cancelled',
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    grade: null,
    from,
    ground: entry.data.ground,
    coolOffUntil: entry.data.coolOffUntil ?? null,
  })
}

/** Works out whether the current grade is valid on the file's day. */
export function settleGrade(draft: CreditFileDraft): void {
  const grade = draft.grade
  if (grade === null) return
  const day = draft.asOf === null ? draft.through : effectiveDay(draft.asOf)
  const valid = day !== null && grade.validFrom <= day && day <= grade.validTo
  if (grade.valid !== valid) grade.valid = valid
}
