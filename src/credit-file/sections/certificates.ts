import type { EntryOf } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

type Evaluation = CreditFileDraft['evaluations'][number]

/** The evaluation that awarded the grade in force, if any. */
function awardOfGrade(draft: CreditFileDraft): Evaluation | undefined {
  const grade = draft.grade
  if (grade === null) return undefined
  return draft.evaluations.findLast((evaluation) => evaluation.endSeq === grade.seq)
}

/** Issues the certificate of the grade in force, noting it on the grade too. */
export function certificateIssued(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluationCertificateIssued'>,
): void {
  const evaluation = awardOfGrade(draft)
  if (evaluation === undefined || evaluation.certificate !== null || draft.grade === null) return
  const { grade, number, plaque } = entry.data
  evaluation.certificate = {
    seq: entry.seq,
    issuedOn: effectiveDay(entry.effectiveAt),
    grade,
    number,
    plaque,
    recalledOn: null,
    recalledBy: null,
    returnedOn: null,
    returnSeq: null,
  }
  draft.grade.certificate = entry.seq
}

/** Takes back the latest certificate still out. */
export function certificateReturned(
  draft: CreditFileDraft,
  entry: EntryOf<'EvaluationCertificateReturned'>,
): void {
  const certificate = draft.evaluations.findLast(
    (evaluation) => evaluation.certificate !== null && evaluation.certificate.returnedOn === null,
  )?.certificate
  if (certificate === undefined || certificate === null) return
  certificate.returnedOn = effectiveDay(entry.effectiveAt)
  certificate.returnSeq = entry.seq
  if (draft.grade?.certificate === certificate.seq) draft.grade.certificate = null
}

/**
 * Calls back the certificate of the grade in force when the grade is lowered or cancelled
 * (EV-19); run before the grade action changes the grade.
 */
export function certificateRecalled(
  draft: CreditFileDraft,
  entry: EntryOf<'GradeDowngraded'> | EntryOf<'GradeCancelled'>,
): void {
  const certificate = awardOfGrade(draft)?.certificate
  if (certificate === undefined || certificate === null) return
  if (certificate.returnedOn !== null || certificate.recalledOn !== null) return
  certificate.recalledOn = effectiveDay(entry.effectiveAt)
  certificate.recalledBy = entry.seq
}
