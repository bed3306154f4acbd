import { quoted } from '../_internal/arguments'
import { LedgerError } from '../errors'
import { type CalendarPeriod, periodEnd } from '../time'
import { expectDay } from './calendarDay'

/** A grade action that starts a cool-off: a downgrade or a cancellation (EV-17, EV-18). */
export type GradeAction = 'downgraded' | 'cancelled'

/** How long each grade action bars a new application (EV-18, Order 39 Art. 31). */
export const coolOffPeriods: { readonly [A in GradeAction]: CalendarPeriod } = Object.freeze({
  downgraded: Object.freeze({ years: 2 }),
  cancelled: Object.freeze({ years: 3 }),
})

/**
 * The last day on which an organization may not apply for evaluation after a grade action on
 * `on` (EV-18): 2 years after a downgrade, 3 after a cancellation, the action's day counted,
 * so the bar lifts on the anniversary.
 *
 * @example
 * coolOffUntil('downgraded', '2023-06-30') // '2025-06-29'
 * coolOffUntil('cancelled', '2023-03-01')  // '2026-02-28'
 */
export function coolOffUntil(action: GradeAction, on: string): string {
  if (action !== 'downgraded' && action !== 'cancelled') {
    const message = `action must be 'downgraded' or 'cancelled', not ${quoted(action)}`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'invalid_action', path: ['action'], message },
    ])
  }
  expectDay(on, 'on')
  return periodEnd(on, coolOffPeriods[action], 'calendar')
}
