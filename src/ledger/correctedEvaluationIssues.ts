import type { Issue } from '../errors'
import {
  coolOffIssues,
  type EvaluationKind,
  evaluationKindOf,
  type IndicatorSet,
} from '../evaluation'
import type { EntryEnvelope } from '../events'
import { kindOfOrganizationId } from '../identity'
import { dayOf } from '../time'
import type { ValidInput } from './entryInput'
import { evaluationRecord } from './evaluationRecord'
import { scoreBandIssues } from './scoreBandIssues'
import type { StreamSummary } from './streamIndex'

/**
 * What a correction of an evaluation entry may not change into: a score outside its grade's
 * band or a score sheet its set does not accept, a kind of evaluation that does not suit the
 * organization (EV-03), a cool-off other than EV-18's. The corrected entry is checked as if it
 * were appended with its payload; issue paths point into the correction's `data.fields`.
 */
export function correctedEvaluationIssues(
  correction: ValidInput,
  target: Pick<EntryEnvelope, 'seq' | 'type' | 'effectiveAt'>,
  corrected: unknown,
  summary: StreamSummary | undefined,
  indicatorSets: readonly IndicatorSet[],
): Issue[] {
  const as: ValidInput = {
    ...correction,
    type: target.type,
    effectiveAt: target.effectiveAt,
    data: corrected,
  }
  const day = dayOf(target.effectiveAt)
  const data = corrected as { evaluationKind?: EvaluationKind; coolOffUntil?: string }
  const issues: Issue[] = []
  switch (target.type) {
    case 'EvaluationScored':
    case 'EvaluationResultNoticed':
    case 'EvaluationGraded': {
      issues.push(...scoreBandIssues(as, indicatorSets, kindOf(target.seq, summary)))
      break
    }
    case 'GradeDowngraded':
    case 'GradeCancelled': {
      const action = target.type === 'GradeDowngraded' ? 'downgraded' : 'cancelled'
      issues.push(
        ...coolOffIssues(action, day, data.coolOffUntil).map((issue) => ({
          ...issue,
          path: ['data', ...issue.path],
        })),
      )
      break
    }
  }
  if (data.evaluationKind !== undefined) {
    const orgKind = kindOfOrganizationId(correction.id)
    const suits = (evaluationKindOf as Readonly<Record<string, EvaluationKind>>)[orgKind]
    if (suits !== undefined && suits !== data.evaluationKind) {
      issues.push({
        code: 'evaluation_kind_mismatch',
        path: ['data', 'evaluationKind'],
        message: `a ${orgKind} takes the ${suits} evaluation (EV-03), not the ${data.evaluationKind} one`,
      })
    }
  }
  return issues.map((issue) => ({ ...issue, path: ['data', 'fields', ...issue.path.slice(1)] }))
}

// The kind of the evaluation an entry belongs to, as the stream's evaluations show it.
function kindOf(seq: number, summary: StreamSummary | undefined): EvaluationKind | undefined {
  if (summary === undefined) return undefined
  const evaluations = evaluationRecord(summary.evaluation).file.evaluations
  return evaluations.find(
    (evaluation) =>
      evaluation.seq === seq ||
      evaluation.score?.seq === seq ||
      evaluation.notice?.seq === seq ||
      evaluation.endSeq === seq,
  )?.kind
}
