import { underPath } from '../_internal/issues'
import type { Issue } from '../errors'
import { coolOffIssues } from '../evaluation'
import { dayOf } from '../time'
import type { ValidInput } from './entryInput'
import { signedOnIssues } from './signedOnIssues'
import type { StreamSummary } from './streamIndex'

/**
 * Facts that cannot be true of an entry of its type, each with its own code: a migrated entry
 * first recorded after this ledger records it, a past fact that takes effect after the day it
 * was first recorded (by the other system, for a migrated entry), an annual report for a year
 * before the organization was registered, one filed before the year it reports on has ended,
 * a notice signed for before it was served or after the day it is recorded, or a grade action
 * stating a cool-off other than EV-18's from its day. Days are compared in China Standard Time.
 */
export function plausibilityIssues(
  input: ValidInput,
  summary: StreamSummary | undefined,
  recordedAt: string,
): Issue[] {
  const issues: Issue[] = []
  const effectiveOn = dayOf(input.effectiveAt)
  const firstRecorded = input.migrated?.recordedAt ?? recordedAt
  const firstRecordedOn = dayOf(firstRecorded)
  if (input.migrated !== undefined && recordedLater(firstRecorded, recordedAt)) {
    issues.push({
      code: 'migrated_after_recording',
      path: ['migrated', 'recordedAt'],
      message: `the other system cannot have recorded it on ${firstRecorded}, after this ledger records it (${recordedAt})`,
    })
  }
  if (effectiveOn > firstRecordedOn && input.definition.recordsPastFact) {
    const recorded = input.migrated === undefined ? 'it is recorded' : 'it was first recorded'
    issues.push({
      code: 'effective_after_recording',
      path: ['effectiveAt'],
      message: `a ${input.type} records what has happened, but takes effect on ${effectiveOn}, after the day ${recorded} (${firstRecordedOn})`,
    })
  }
  if (input.type === 'AnnualReportFiled') {
    const year = (input.data as { year: number }).year
    const registered = summary?.openedOn
    if (registered !== undefined && year < Number(registered.slice(0, 4))) {
      issues.push({
        code: 'report_before_registration',
        path: ['data', 'year'],
        message: `an annual report for ${year}, but ${input.org} was registered on ${registered}`,
      })
    }
    if (effectiveOn <= `${year}-12-31`) {
      issues.push({
        code: 'report_before_year_end',
        path: ['effectiveAt'],
        message: `the annual report for ${year} is filed on ${effectiveOn}, before that year has ended`,
      })
    }
  }
  if (input.type === 'NoticeServed') {
    const { signedOn } = input.data as { signedOn?: string }
    issues.push(...signedOnIssues(signedOn, effectiveOn, firstRecordedOn, ['data', 'signedOn']))
  }
  if (input.type === 'GradeDowngraded' || input.type === 'GradeCancelled') {
    const action = input.type === 'GradeDowngraded' ? 'downgraded' : 'cancelled'
    const stated = (input.data as { coolOffUntil?: string }).coolOffUntil
    issues.push(...underPath(coolOffIssues(action, effectiveOn, stated), ['data']))
  }
  return issues
}

// A date is later when its day is, an instant when it is: a fact the other system recorded
// today is plausible whatever the hour.
function recordedLater(first: string, recordedAt: string): boolean {
  if (first.length === 10) return first > dayOf(recordedAt)
  return Date.parse(first) > Date.parse(recordedAt)
}
