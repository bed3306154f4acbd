import type { GradeView } from '../../credit-file'
import { coolOffUntil, evaluationMeasuresOn } from '../../evaluation'
import { type CalendarPeriod, dayOf, periodEnd } from '../../time'
import { Boundaries } from '../compile/dates'
import { gradeAt } from '../compile/gradeAt'
import { gradeActionRecorded } from '../compile/recorded'
import type { Proposing } from './proposing'

// What `downgrade` and `cancelGrade` share: the grade to act on, and the cool-off after.

/** The grade held on the date, unless there is none or an action on `ground` resting on the same entries is recorded. */
export function gradeToActOn(ground: string, proposing: Proposing): GradeView | null {
  const { file, at, base, bounds } = proposing
  const held = gradeAt(file, at, new Boundaries(at))
  if (held === null) return null
  if (gradeActionRecorded(file, at, held.seq, ground, base.inputs, bounds)) return null
  return held
}

/**
 * The cool-off an action sets, if its effect gives one. Under the measures in force it is
 * EV-18's, from the action's day to the day before its anniversary, as the ledger checks it;
 * the effect's own period counts only before them.
 */
export function coolOffOf(
  period: CalendarPeriod | undefined,
  action: 'cancelled' | 'downgraded',
  effectiveAt: string,
): { coolOffUntil?: string } {
  if (period === undefined) return {}
  const day = dayOf(effectiveAt)
  return {
    coolOffUntil:
      evaluationMeasuresOn(day) === null
        ? periodEnd(effectiveAt, period, 'calendar')
        : coolOffUntil(action, day),
  }
}
