import type { EvaluationKind, Grade } from '../../evaluation'
import type {
  ApplicationOccasion,
  ConclusionReason,
  EntryOf,
  IneligibilityGround,
  InitiatedOccasion,
  PanelRole,
  ReviewBody,
  ReviewOutcome,
} from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** One evaluation (评估), from its application or initiation to its end, and its certificate. */
export interface EvaluationView {
  /**
   * The entry it opened with: the application or the initiation, or the grade itself for an
   * evaluation the record knows only by its result (a migrated grade, say).
   */
  readonly seq: number
  /** The day it opened. */
  readonly on: string
  readonly kind: EvaluationKind
  readonly occasion: ApplicationOccasion | InitiatedOccasion | null
  /** Who opened it: the organization applied, the registrar initiated; `null`: result only. */
  readonly openedBy: 'organization' | 'registrar' | null
  readonly eligibility: EligibilityView | null
  readonly evaluator: EvaluatorView | null
  readonly score: ScoreView | null
  readonly notice: NoticeView | null
  /** Review requests in the order filed, each with its answer once given. */
  readonly reviews: readonly ReviewView[]
  /** `open` until graded, found not eligible or concluded without a grade. */
  readonly outcome: 'open' | 'graded' | 'not_eligible' | 'concluded'
  readonly endedOn: string | null
  /** The entry that ended it: the EvaluationGraded when graded. */
  readonly endSeq: number | null
  /** The grade announced, when graded. */
  readonly grade: Grade | null
  /** Why it ended without a grade, when concluded. */
  readonly conclusion: ConclusionReason | null
  readonly certificate: CertificateView | null
}

/** The eligibility check (资格审查). */
export interface EligibilityView {
  readonly seq: number
  readonly on: string
  readonly eligible: boolean
  /** Why not, when not eligible. */
  readonly reasons: readonly IneligibilityGround[]
}

/** The panel or third party that evaluates; the panel's members are named only beside the entry. */
export interface EvaluatorView {
  readonly seq: number
  readonly on: string
  readonly type: 'panel' | 'third_party'
  /** The committee the panel works for, or the third party's name. */
  readonly name: string
  /** The third party's Unified Social Credit Code. */
  readonly uscc: string | null
  /** The panel's seats, by role. */
  readonly members: readonly PanelRole[]
}

/** The score sheet. */
export interface ScoreView {
  readonly seq: number
  readonly on: string
  readonly indicatorSet: string
  readonly points: Readonly<Record<string, number>>
  readonly total: number
}

/** The public notice of the preliminary result (公示). */
export interface NoticeView {
  readonly seq: number
  readonly on: string
  readonly proposedGrade: Grade | null
  readonly score: number | null
  /** The first and last day of the notice period. */
  readonly from: string
  readonly to: string
}

/** A review request (复核申请) and its answer. */
export interface ReviewView {
  readonly seq: number
  readonly filedOn: string
  readonly outcome: 'open' | ReviewOutcome
  /** The grade after the review, when it changed it. */
  readonly grade: Grade | null
  readonly answeredBy: ReviewBody | null
  readonly answeredOn: string | null
  readonly answerSeq: number | null
}

/** The grade certificate and plaque, from issue to return. */
export interface CertificateView {
  readonly seq: number
  readonly issuedOn: string
  readonly grade: Grade
  readonly number: string
  readonly plaque: boolean
  /** The first downgrade or cancellation after issue, which calls the certificate back (EV-19). */
  readonly recalledOn: string | null
  readonly recalledBy: number | null
  readonly returnedOn: string | null
  readonly returnSeq: number | null
}

type Draft = CreditFileDraft['evaluations'][number]

/** The evaluation still open, if the last one is. */
export function openEvaluation(draft: CreditFileDraft): Draft | undefined {
  const last = draft.evaluations[draft.evaluations.length - 1]
  return last?.outcome === 'open' ? last : undefined
}

function opened(
  seq: number,
  on: string,
  kind: EvaluationKind,
  occasion: EvaluationView['occasion'],
  openedBy: EvaluationView['openedBy'],
): Draft {
  return {
    seq,
    on,
    kind,
    occasion,
    openedBy,
    eligibility: null,
    evaluator: null,
    score: null,
    notice: null,
    reviews: [],
    outcome: 'open',
    endedOn: null,
    endSeq: null,
    grade: null,
    conclusion: null,
    certificate: null,
  }
}

/** Opens an evaluation on the organization's application. */
export function evaluationApplied(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluationApplied'>,
): void {
  if (openEvaluation(draft) !== undefined) return
  const { evaluationKind, occasion } = entry.data
  const on = effectiveDay(entry.effectiveAt)
  draft.evaluations.push(opened(entry.seq, on, evaluationKind, occasion, 'organization'))
}

/** Opens a tracking or verification evaluation the registrar started. */
export function evaluationInitiated(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluationInitiated'>,
): void {
  if (openEvaluation(draft) !== undefined) return
  const { evaluationKind, occasion } = entry.data
  const on = effectiveDay(entry.effectiveAt)
  draft.evaluations.push(opened(entry.seq, on, evaluationKind, occasion, 'registrar'))
}

/**
 * Ends the open evaluation with the grade, or records an evaluation known only by its grade
 * when none is open.
 */
export function evaluationEndedWithGrade(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluationGraded'>,
): void {
  const on = effectiveDay(entry.effectiveAt)
  let evaluation = openEvaluation(draft)
  if (evaluation === undefined) {
    const { evaluationKind, occasion } = entry.data
    evaluation = opened(entry.seq, on, evaluationKind, occasion ?? null, null)
    draft.evaluations.push(evaluation)
  }
  evaluation.outcome = 'graded'
  evaluation.endedOn = on
  evaluation.endSeq = entry.seq
  evaluation.grade = entry.data.grade
}

/** Ends the open evaluation without a grade. */
export function evaluationConcluded(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluationConcluded'>,
): void {
  const evaluation = openEvaluation(draft)
  if (evaluation === undefined) return
  evaluation.outcome = 'concluded'
  evaluation.endedOn = effectiveDay(entry.effectiveAt)
  evaluation.endSeq = entry.seq
  evaluation.conclusion = entry.data.reason
}
