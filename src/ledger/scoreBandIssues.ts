import { underPath } from '../_internal/issues'
import type { Issue } from '../errors'
import {
  type EvaluatedKind,
  type EvaluationKind,
  evaluatedKinds,
  type Grade,
  type IndicatorSet,
  scoreIssues,
  scoreSheetIssues,
} from '../evaluation'
import { kindOfOrganizationId } from '../identity'
import { dayOf } from '../time'
import type { ValidInput } from './entryInput'

/**
 * The score of an evaluation entry against the ledger's indicator sets: a score sheet against
 * the set it names (which must be one of them), and the grade of a preliminary result or an
 * announcement against its band under the set in force on its day (`score_outside_band`,
 * naming the grade, its band, the score and the set). `kind` is that of the open evaluation,
 * for a result notice, which does not say it itself.
 */
export function scoreBandIssues(
  input: ValidInput,
  sets: readonly IndicatorSet[],
  kind: EvaluationKind | undefined,
): Issue[] {
  const orgKind = kindOfOrganizationId(input.id)
  // Only registered organizations are evaluated; the procedure's checks refuse the rest.
  if (!(evaluatedKinds as readonly string[]).includes(orgKind)) return []
  const evaluated = orgKind as EvaluatedKind
  switch (input.type) {
    case 'EvaluationScored': {
      const data = input.data as { indicatorSet: string; points: Record<string, number> }
      const set = sets.find((candidate) => candidate.id === data.indicatorSet)
      if (set === undefined) {
        const known = sets.map((candidate) => candidate.id).join(', ') || 'none'
        return [
          {
            code: 'unknown_indicator_set',
            path: ['data', 'indicatorSet'],
            message: `no indicator set of this ledger is called ${data.indicatorSet}; it has ${known}`,
          },
        ]
      }
      const day = dayOf(input.effectiveAt)
      const fits =
        (kind === undefined || set.evaluationKind === kind) &&
        set.orgKinds.includes(evaluated) &&
        set.effective.from <= day &&
        (set.effective.to === undefined || day < set.effective.to)
      if (!fits) {
        return [
          {
            code: 'indicator_set_mismatch',
            path: ['data', 'indicatorSet'],
            message: `${set.id} is not the indicator set of a ${kind ?? set.evaluationKind} evaluation of a ${evaluated} on ${day}`,
          },
        ]
      }
      return underPath(scoreSheetIssues(set, data.points), ['data'])
    }
    case 'EvaluationResultNoticed': {
      const data = input.data as { proposedGrade?: Grade; score?: number }
      if (kind === undefined || data.proposedGrade === undefined || data.score === undefined)
        return []
      const on = dayOf(input.effectiveAt)
      const scored = { grade: data.proposedGrade, score: data.score, evaluationKind: kind, on }
      return underPath(scoreIssues(sets, { ...scored, orgKind: evaluated }), ['data']).map(
        (issue) =>
          issue.path[1] === 'grade' ? { ...issue, path: ['data', 'proposedGrade'] } : issue,
      )
    }
    case 'EvaluationGraded': {
      const data = input.data as {
        grade: Grade
        score?: number
        evaluationKind: EvaluationKind
        announcedOn: string
      }
      if (data.score === undefined) return []
      const scored = {
        grade: data.grade,
        score: data.score,
        evaluationKind: data.evaluationKind,
        on: data.announcedOn,
      }
      return underPath(scoreIssues(sets, { ...scored, orgKind: evaluated }), ['data'])
    }
    default:
      return []
  }
}
