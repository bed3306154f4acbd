import { textOf } from '../_internal/arguments'
import type { Issue } from '../errors'
import { coolOffUntil, type GradeAction } from './coolOffUntil'
import { evaluationMeasuresOn } from './evaluationMeasuresOn'

/**
 * What is wrong with the cool-off a grade action on `on` states: under measures in force, a
 * last day other than `coolOffUntil`'s (`cool_off_disagrees`, at `['coolOffUntil']`). Before
 * 2011-03-01 no measures count it, and any stated day stands.
 *
 * @example
 * coolOffIssues('downgraded', '2023-06-30', '2025-06-30')
 * // [{ code: 'cool_off_disagrees', path: ['coolOffUntil'], message: '… ends on 2025-06-29; the entry states 2025-06-30' }]
 */
export function coolOffIssues(
  action: GradeAction,
  on: string,
  stated: string | undefined,
): Issue[] {
  const derived = coolOffUntil(action, on)
  if (evaluationMeasuresOn(on) === null || stated === undefined || stated === derived) return []
  const what = action === 'downgraded' ? 'downgrade' : 'cancellation'
  return [
    {
      code: 'cool_off_disagrees',
      path: ['coolOffUntil'],
      message: `the cool-off after a ${what} on ${on} ends on ${derived} (EV-18); the entry states ${textOf(stated)}`,
    },
  ]
}
