import type { EvaluationView } from '../credit-file'
import type { Issue, PlainIssueCode } from '../errors'
import {
  EVALUATION_2026_FROM,
  type EvaluationKind,
  evaluationKindOf,
  type Grade,
  grades,
  type IndicatorSet,
} from '../evaluation'
import { kindOfOrganizationId } from '../identity'
import { dayOf } from '../time'
import type { ValidInput } from './entryInput'
import { evaluationRecord, evaluationTypes, procedureTypes } from './evaluationRecord'
import { certificateIssues, stepIssues } from './evaluationStepIssues'
import { scoreBandIssues } from './scoreBandIssues'
import type { StreamSummary } from './streamIndex'

/**
 * The issues of an evaluation entry against the stream's evaluation record: one evaluation
 * open at a time, each step on the open one and in the procedure's order, the kind that
 * suits the organization (EV-03), and the rules of the 2026 revision from its day. Once a
 * step of the procedure is on record, no evaluation entry (grade and grade actions included)
 * may take effect before the last one, so the order the ledger checks is the credit file's.
 * Scores are held to the ledger's indicator sets (`scoreBandIssues`).
 */
export function evaluationIssues(
  input: ValidInput,
  summary: StreamSummary | undefined,
  indicatorSets: readonly IndicatorSet[],
): Issue[] {
  if (summary === undefined || !evaluationTypes.has(input.type)) return []
  const record = evaluationRecord(summary.evaluation)
  const last = record.file.evaluations.at(-1)
  const open = last?.outcome === 'open' ? last : undefined
  return [
    ...procedureIssues(input, record, open),
    ...scoreBandIssues(input, indicatorSets, open?.kind),
  ]
}

function procedureIssues(
  input: ValidInput,
  record: ReturnType<typeof evaluationRecord>,
  open: EvaluationView | undefined,
): Issue[] {
  const day = dayOf(input.effectiveAt)
  const ordered = procedureTypes.has(input.type) || record.procedure
  if (ordered && record.lastDay !== null && day < record.lastDay) {
    return [
      issue(
        'out_of_order',
        ['effectiveAt'],
        `a ${input.type} cannot take effect on ${day}, before the last evaluation entry of ${input.org} (${record.lastDay})`,
      ),
    ]
  }
  const file = record.file
  switch (input.type) {
    case 'EvaluationApplied':
    case 'EvaluationInitiated': {
      const issues = openingIssues(input, day, file.grade)
      if (open !== undefined) {
        issues.push(
          issue(
            'evaluation_open',
            ['type'],
            `evaluation ${open.seq}, opened on ${open.on}, is still open; it ends with a grade, a finding of not eligible or EvaluationConcluded`,
          ),
        )
      }
      return issues
    }
    case 'EvaluationCertificateIssued':
    case 'EvaluationCertificateReturned':
      return certificateIssues(input, file)
    case 'GradeDowngraded':
    case 'GradeCancelled':
      return []
    case 'EvaluationGraded':
      if (open === undefined) return []
      return stepIssues(input, open, day)
    default:
      if (open === undefined) {
        return [
          issue(
            'no_open_evaluation',
            ['type'],
            `${input.org} has no open evaluation; a ${input.type} follows an EvaluationApplied or EvaluationInitiated`,
          ),
        ]
      }
      return stepIssues(input, open, day)
  }
}

function openingIssues(
  input: ValidInput,
  day: string,
  grade: { readonly grade: Grade; readonly validTo: string } | null,
): Issue[] {
  const data = input.data as { evaluationKind: EvaluationKind; occasion: string }
  const issues: Issue[] = []
  const orgKind = kindOfOrganizationId(input.id)
  const suits = Object.hasOwn(evaluationKindOf, orgKind)
    ? evaluationKindOf[orgKind as keyof typeof evaluationKindOf]
    : undefined
  if (suits !== undefined && data.evaluationKind !== suits) {
    issues.push(
      issue(
        'evaluation_kind_mismatch',
        ['data', 'evaluationKind'],
        `a ${orgKind.replaceAll('_', ' ')} takes the ${suits} evaluation (EV-03), not the ${data.evaluationKind} one`,
      ),
    )
  }
  if (input.type !== 'EvaluationInitiated') return issues
  if (day < EVALUATION_2026_FROM) {
    issues.push(
      issue(
        'initiated_before_revision',
        ['effectiveAt'],
        `tracking and verification evaluations exist from ${EVALUATION_2026_FROM} (EV-24); this one is dated ${day}`,
      ),
    )
  }
  const held = grade !== null && day <= grade.validTo ? grade : null
  if (held === null) {
    issues.push(
      issue(
        'no_grade',
        ['data', 'occasion'],
        `a ${data.occasion} evaluation re-examines a grade, and ${input.org} holds none on ${day}`,
      ),
    )
  } else if (data.occasion === 'tracking' && grades.indexOf(held.grade) < grades.indexOf('4A')) {
    issues.push(
      issue(
        'tracking_below_4a',
        ['data', 'occasion'],
        `tracking evaluations sample 4A and 5A organizations (EV-24); ${input.org} holds ${held.grade}`,
      ),
    )
  }
  return issues
}

function issue(code: PlainIssueCode, path: (string | number)[], message: string): Issue {
  return { code, path, message }
}
