import type { BaseIssue } from '../errors'

/**
 * Why a working-day count stopped: it needs a day outside the holiday calendar's coverage.
 * `year` is the first uncovered year it needs, the one whose schedule to add.
 */
export interface OutsideCalendarIssue extends BaseIssue<'outside_calendar'> {
  readonly year: number
}
