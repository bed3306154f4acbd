import { expectArray } from '../_internal/arguments'
import { type Issue, LedgerError } from '../errors'
import { readIndicatorSet } from './defineIndicatorSet'
import type { IndicatorSet } from './indicatorSet'

/**
 * Checks a collection of indicator sets and returns it frozen: each set as `defineIndicatorSet`
 * checks it, no id used twice (`duplicate_set`), and no two sets in force on the same day for
 * the same kind of evaluation and kind of organization (`sets_overlap`), so a lookup finds at
 * most one. Throws `INVALID_INPUT` with paths from the collection's index.
 *
 * @example
 * const sets = checkIndicatorSets([...nationalIndicatorSets, townStandardisation2025])
 */
export function checkIndicatorSets(sets: readonly IndicatorSet[]): readonly IndicatorSet[] {
  expectArray(sets, 'sets')
  const read = sets.map((set, index) => readIndicatorSet(set, [index]))
  const issues: Issue[] = []
  read.forEach((set, i) => {
    read.slice(0, i).forEach((earlier, e) => {
      if (earlier.id === set.id) {
        issues.push({
          code: 'duplicate_set',
          path: [i, 'id'],
          message: `the id ${set.id} is also that of set ${e}`,
        })
      }
      const kind = set.orgKinds.find((orgKind) => earlier.orgKinds.includes(orgKind))
      if (set.evaluationKind !== earlier.evaluationKind || kind === undefined) return
      if (!overlap(set.effective, earlier.effective)) return
      issues.push({
        code: 'sets_overlap',
        path: [i, 'effective'],
        message: `${set.id} and ${earlier.id} are both in force on ${later(set.effective.from, earlier.effective.from)} for the ${set.evaluationKind} evaluation of ${kind}`,
      })
    })
  })
  if (issues.length > 0) {
    throw new LedgerError('INVALID_INPUT', `invalid indicator sets: ${issues[0]?.message}`, issues)
  }
  return Object.freeze(read)
}

type Effective = IndicatorSet['effective']

// `to` is the first day out of force, so two periods share a day when each starts before the
// other ends.
function overlap(a: Effective, b: Effective): boolean {
  return (b.to === undefined || a.from < b.to) && (a.to === undefined || b.from < a.to)
}

function later(a: string, b: string): string {
  return a > b ? a : b
}
