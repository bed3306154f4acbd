import { type CreditFile, collectAmendments, foldCreditFile } from '../credit-file'
import type { Entry, EntryEnvelope, EntryType } from '../events'
import { dayOf } from '../time'

const PROCEDURE: readonly EntryType[] = [
  'EvaluationApplied',
  'EvaluationInitiated',
  'EvaluationEligibilityDecided',
  'EvaluatorAssigned',
  'EvaluationScored',
  'EvaluationResultNoticed',
  'EvaluationReviewRequested',
  'EvaluationReviewAnswered',
  'EvaluationConcluded',
  'EvaluationCertificateIssued',
  'EvaluationCertificateReturned',
]

/** The steps of the evaluation procedure, from the application to the certificate's return. */
export const procedureTypes: ReadonlySet<string> = new Set<string>(PROCEDURE)

/** The procedure's steps, and the grades and grade actions they bear on. */
export const evaluationTypes: ReadonlySet<string> = new Set<string>([
  ...PROCEDURE,
  'EvaluationGraded',
  'GradeDowngraded',
  'GradeCancelled',
])

const NONE: readonly EntryEnvelope[] = Object.freeze([])

/**
 * The evaluation entries of a stream after one more entry: it joins them when it is one, or
 * when it corrects or retracts one of them (or retracts such a retraction), so that the
 * record the ledger checks against reads as the credit file does.
 */
export function withEvaluationEntry(
  kept: readonly EntryEnvelope[] | undefined,
  entry: EntryEnvelope,
): readonly EntryEnvelope[] {
  const before = kept ?? NONE
  if (evaluationTypes.has(entry.type)) return [...before, entry]
  const amending = entry.type === 'EntryRetracted' || entry.type === 'EntryCorrected'
  if (amending && before.some((other) => other.seq === entry.amends)) return [...before, entry]
  return before
}

/** What the ledger checks an evaluation entry against. */
export interface EvaluationRecord {
  /** The evaluation entries folded: the `grade` and `evaluations` sections as the file shows them. */
  readonly file: CreditFile
  /** The latest effective day of an evaluation entry still standing, or `null`. */
  readonly lastDay: string | null
  /** Whether a step of the procedure stands: from then on, evaluation entries keep their order. */
  readonly procedure: boolean
}

/** Folds the evaluation entries of a stream, as the credit file would. */
export function evaluationRecord(kept: readonly EntryEnvelope[] | undefined): EvaluationRecord {
  const entries = (kept ?? NONE) as readonly Entry[]
  const { retracted } = collectAmendments(entries)
  let lastDay: string | null = null
  let procedure = false
  for (const entry of entries) {
    if (!evaluationTypes.has(entry.type) || retracted.has(entry.seq)) continue
    const day = dayOf(entry.effectiveAt)
    if (lastDay === null || day > lastDay) lastDay = day
    if (procedureTypes.has(entry.type)) procedure = true
  }
  return { file: foldCreditFile(entries, {}, false), lastDay, procedure }
}
