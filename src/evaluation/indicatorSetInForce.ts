import * as z from 'zod'
import { expectArray } from '../_internal/arguments'
import { fromZodIssues } from '../_internal/issues'
import { LedgerError } from '../errors'
import { isoDateSchema } from '../time'
import { readIndicatorSet } from './defineIndicatorSet'
import {
  type EvaluatedKind,
  type EvaluationKind,
  evaluatedKinds,
  evaluationKinds,
} from './evaluationKinds'
import type { IndicatorSet } from './indicatorSet'

/** Which indicator set to look for: the kind of evaluation, of organization, and the day. */
export interface IndicatorSetQuery {
  readonly evaluationKind: EvaluationKind
  /** Left out, any kind the set covers; then at most one set may match. */
  readonly orgKind?: EvaluatedKind | undefined
  readonly on: string
}

const querySchema = z.object({
  evaluationKind: z.enum(evaluationKinds),
  orgKind: z.enum(evaluatedKinds).optional(),
  on: isoDateSchema,
})

/**
 * The indicator set in force on `on` for a kind of evaluation (and of organization), or
 * `null` when none is. Throws `INVALID_INPUT` for a malformed query or set, and for two sets
 * that both match (`sets_overlap`): `checkIndicatorSets` refuses such collections up front.
 *
 * @example
 * indicatorSetInForce(nationalIndicatorSets, { evaluationKind: 'standardisation', on: '2024-06-01' })
 * // the national default for 民办非企业单位 (cn-standardisation-2011-local)
 */
export function indicatorSetInForce(
  sets: readonly IndicatorSet[],
  query: IndicatorSetQuery,
): IndicatorSet | null {
  expectArray(sets, 'sets')
  const parsed = querySchema.safeParse(query)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['query'])
    throw new LedgerError('INVALID_INPUT', `invalid query: ${issues[0]?.message}`, issues)
  }
  const { evaluationKind, orgKind, on } = parsed.data
  const found = sets
    .map((set, index) => readIndicatorSet(set, ['sets', index]))
    .filter(
      (set) =>
        set.evaluationKind === evaluationKind &&
        (orgKind === undefined || set.orgKinds.includes(orgKind)) &&
        set.effective.from <= on &&
        (set.effective.to === undefined || on < set.effective.to),
    )
  if (found.length > 1) {
    const ids = found.map((set) => set.id).join(', ')
    const message = `${found.length} indicator sets are in force on ${on} for the ${evaluationKind} evaluation${orgKind === undefined ? '' : ` of ${orgKind}`}: ${ids}`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'sets_overlap', path: ['sets'], message },
    ])
  }
  return found[0] ?? null
}
