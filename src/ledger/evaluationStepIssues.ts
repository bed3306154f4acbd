import type { CreditFile, EvaluationView } from '../credit-file'
import type { Issue, PlainIssueCode } from '../errors'
import { EVALUATION_2026_FROM, grades, sameScore } from '../evaluation'
import type { EntryData } from '../events'
import type { ValidInput } from './entryInput'

// Each step has its place in Order 39 Art. 16's order; a step may be left unrecorded, but none
// may come after a later one. Review requests and answers follow the notice, as often as filed.
const PLACE: Readonly<Partial<Record<string, number>>> = {
  EvaluationEligibilityDecided: 1,
  EvaluatorAssigned: 2,
  EvaluationScored: 3,
  EvaluationResultNoticed: 4,
}

/** The issues of a step (or the grade) against the open evaluation `open`. */
export function stepIssues(input: ValidInput, open: EvaluationView, day: string): Issue[] {
  const place = PLACE[input.type]
  const reached = reachedStep(open)
  if (place !== undefined && reached.place >= place) {
    return [
      issue(
        'out_of_order',
        ['type'],
        `a ${input.type} cannot follow the ${reached.name} (entry ${reached.seq}) of evaluation ${open.seq}`,
      ),
    ]
  }
  switch (input.type) {
    case 'EvaluatorAssigned':
      return panelIssues(input)
    case 'EvaluationResultNoticed': {
      const score = (input.data as EntryData<'EvaluationResultNoticed'>).score
      if (open.score === null || score === undefined || sameScore(open.score.total, score))
        return []
      const message = `the notice gives ${score} points, the score sheet (entry ${open.score.seq}) ${open.score.total}`
      return [issue('score_mismatch', ['data', 'score'], message)]
    }
    case 'EvaluationReviewRequested':
      return requestIssues(open, day)
    case 'EvaluationReviewAnswered':
      return answerIssues(input, open, day)
    case 'EvaluationGraded':
      return gradeIssues(input, open)
    default:
      return []
  }
}

function reachedStep(open: EvaluationView): { place: number; name: string; seq: number } {
  const review = open.reviews.at(-1)
  if (review !== undefined) return { place: 5, name: 'review request', seq: review.seq }
  if (open.notice !== null) return { place: 4, name: 'public notice', seq: open.notice.seq }
  if (open.score !== null) return { place: 3, name: 'score sheet', seq: open.score.seq }
  if (open.evaluator !== null) return { place: 2, name: 'evaluator', seq: open.evaluator.seq }
  if (open.eligibility !== null)
    return { place: 1, name: 'eligibility decision', seq: open.eligibility.seq }
  return { place: 0, name: 'opening', seq: open.seq }
}

// The members' names are personal data: each seat is named beside the entry, in `personal`,
// with its role, and nobody else is.
function panelIssues(input: ValidInput): Issue[] {
  const { evaluator } = input.data as EntryData<'EvaluatorAssigned'>
  if (evaluator.type !== 'panel') return []
  const seats = evaluator.members.map((member) => member.role as string).sort()
  const named = (input.personal ?? []).map((person) => person.role).sort()
  if (seats.join() === named.join()) return []
  return [
    issue(
      'panel_people_mismatch',
      ['personal'],
      `name each panel member in the entry's personal data with the role of their seat (${seats.join(', ')}); the people named have the roles ${named.join(', ') || 'none'}`,
    ),
  ]
}

function requestIssues(open: EvaluationView, day: string): Issue[] {
  const notice = open.notice
  if (notice === null) {
    const message = `a review is requested of a public notice, and evaluation ${open.seq} has none`
    return [issue('out_of_order', ['type'], message)]
  }
  if (notice.from <= day && day <= notice.to) return []
  return [
    issue(
      'review_outside_notice',
      ['effectiveAt'],
      `a review is requested during the notice period, ${notice.from} to ${notice.to} (EV-09); this request is dated ${day}`,
    ),
  ]
}

function answerIssues(input: ValidInput, open: EvaluationView, day: string): Issue[] {
  const issues: Issue[] = []
  if (!open.reviews.some((review) => review.outcome === 'open')) {
    const message = `evaluation ${open.seq} has no review request waiting for an answer`
    issues.push(issue('no_open_review', ['type'], message))
  }
  const { answeredBy } = input.data as EntryData<'EvaluationReviewAnswered'>
  if (answeredBy === 'review_committee' && day >= EVALUATION_2026_FROM) {
    issues.push(
      issue(
        'review_committee_abolished',
        ['data', 'answeredBy'],
        `the review committee is abolished from ${EVALUATION_2026_FROM} and the evaluation committee answers reviews (EV-23); this answer is dated ${day}`,
      ),
    )
  }
  return issues
}

function gradeIssues(input: ValidInput, open: EvaluationView): Issue[] {
  const issues: Issue[] = []
  const waiting = open.reviews.find((review) => review.outcome === 'open')
  if (waiting !== undefined) {
    const message = `the review requested on ${waiting.filedOn} (entry ${waiting.seq}) is not answered yet`
    issues.push(issue('review_unanswered', ['type'], message))
  }
  const { evaluationKind, occasion } = input.data as EntryData<'EvaluationGraded'>
  if (evaluationKind !== open.kind) {
    const message = `evaluation ${open.seq} is a ${open.kind} evaluation, not a ${evaluationKind} one`
    issues.push(issue('evaluation_mismatch', ['data', 'evaluationKind'], message))
  }
  if (occasion !== undefined && open.occasion !== null && occasion !== open.occasion) {
    const message = `evaluation ${open.seq} is a ${open.occasion.replaceAll('_', '-')} evaluation, not a ${occasion.replaceAll('_', '-')} one`
    issues.push(issue('evaluation_mismatch', ['data', 'occasion'], message))
  }
  return issues
}

/** The issues of a certificate's issue (3A and above, once per evaluation) or return. */
export function certificateIssues(input: ValidInput, file: CreditFile): Issue[] {
  if (input.type === 'EvaluationCertificateReturned') {
    if (file.evaluations.some((each) => each.certificate?.returnedOn === null)) return []
    return [issue('no_certificate_out', ['type'], `${input.org} has no certificate out to return`)]
  }
  const grade = file.grade
  if (grade === null) {
    return [issue('no_grade', ['type'], `${input.org} holds no grade to issue a certificate for`)]
  }
  const issues: Issue[] = []
  if (grades.indexOf(grade.grade) < grades.indexOf('3A')) {
    const message = `certificates and plaques are issued for 3A and above (EV-06); the grade in force is ${grade.grade}`
    issues.push(issue('certificate_below_3a', ['type'], message))
  }
  const stated = (input.data as EntryData<'EvaluationCertificateIssued'>).grade
  if (stated !== grade.grade) {
    const message = `the certificate says ${stated}, but the grade in force is ${grade.grade}`
    issues.push(issue('certificate_grade_mismatch', ['data', 'grade'], message))
  }
  const award = file.evaluations.findLast((each) => each.endSeq === grade.seq)
  if (award?.certificate != null) {
    const message = `the certificate of this grade was issued already (entry ${award.certificate.seq})`
    issues.push(issue('certificate_already_issued', ['type'], message))
  }
  return issues
}

function issue(code: PlainIssueCode, path: (string | number)[], message: string): Issue {
  return { code, path, message }
}
