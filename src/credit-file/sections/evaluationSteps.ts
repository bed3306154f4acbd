import type { EntryOf } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'
import { openEvaluation } from './evaluations'

// The steps between the opening and the end attach to the open evaluation; the ledger refuses
// one with none open, so a step without one (its evaluation retracted since) changes nothing.

/** Records the eligibility check; not eligible ends the evaluation. */
export function eligibilityDecided(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluationEligibilityDecided'>,
): void {
  const evaluation = openEvaluation(draft)
  if (evaluation === undefined) return
  const on = effectiveDay(entry.effectiveAt)
  const { eligible, reasons } = entry.data
  evaluation.eligibility = { seq: entry.seq, on, eligible, reasons: reasons ?? [] }
  if (eligible) return
  evaluation.outcome = 'not_eligible'
  evaluation.endedOn = on
  evaluation.endSeq = entry.seq
}

/** Records who evaluates. */
export function evaluatorAssigned(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluatorAssigned'>,
): void {
  const evaluation = openEvaluation(draft)
  if (evaluation === undefined) return
  const on = effectiveDay(entry.effectiveAt)
  const evaluator = entry.data.evaluator
  evaluation.evaluator =
    evaluator.type === 'panel'
      ? {
          seq: entry.seq,
          on,
          type: 'panel',
          name: evaluator.committee,
          uscc: null,
          members: evaluator.members.map((member) => member.role),
        }
      : {
          seq: entry.seq,
          on,
          type: 'third_party',
          name: evaluator.name,
          uscc: evaluator.uscc,
          members: [],
        }
}

/** Records the score sheet. */
export function evaluationScored(draft: CreditFileDraft, entry: EntryOf<'EvaluationScored'>): void {
  const evaluation = openEvaluation(draft)
  if (evaluation === undefined) return
  const { indicatorSet, points, total } = entry.data
  evaluation.score = {
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    indicatorSet,
    points: { ...points },
    total,
  }
}

/** Records the public notice of the preliminary result. */
export function resultNoticed(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluationResultNoticed'>,
): void {
  const evaluation = openEvaluation(draft)
  if (evaluation === undefined) return
  const { proposedGrade, score, period } = entry.data
  evaluation.notice = {
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    proposedGrade: proposedGrade ?? null,
    score: score ?? null,
    from: period.from,
    to: period.to,
  }
}

/** Opens a review request. */
export function reviewRequested(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluationReviewRequested'>,
): void {
  const evaluation = openEvaluation(draft)
  if (evaluation === undefined) return
  evaluation.reviews.push({
    seq: entry.seq,
    filedOn: effectiveDay(entry.effectiveAt),
    outcome: 'open',
    grade: null,
    answeredBy: null,
    answeredOn: null,
    answerSeq: null,
  })
}

/** Answers the oldest open review request. */
export function reviewAnswered(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluationReviewAnswered'>,
): void {
  const review = openEvaluation(draft)?.reviews.find((each) => each.outcome === 'open')
  if (review === undefined) return
  review.outcome = entry.data.outcome
  review.grade = entry.data.grade ?? null
  review.answeredBy = entry.data.answeredBy
  review.answeredOn = effectiveDay(entry.effectiveAt)
  review.answerSeq = entry.seq
}
