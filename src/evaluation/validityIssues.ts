import { expectObject, quoted, textOf } from '../_internal/arguments'
import type { Issue } from '../errors'
import { isIsoDate } from '../time'
import { EVALUATION_2011_FROM } from './evaluationMeasuresOn'
import { gradeValidity } from './gradeValidity'
import type { StatedGrading } from './gradeValidityOf'

const LAST_ANNOUNCEMENT = '9994-12-31'

/**
 * What is wrong with the validity a grading states, with paths into the grading: a day that
 * disagrees with the measures in force on the announcement (`validity_disagrees`), or, before
 * 2011-03-01, when no measures set it, a day left out (`validity_required`). An announcement
 * that is no date (`invalid_date`) or too late to have a validity (`date_out_of_range`) is the
 * only issue.
 *
 * @example
 * validityIssues({ announcedOn: '2021-05-20', validTo: '2026-05-20' })
 * // [{ code: 'validity_disagrees', path: ['validTo'], message: 'under the 2011 measures … ends on 2026-05-19; the entry states 2026-05-20' }]
 */
export function validityIssues(grading: StatedGrading): Issue[] {
  expectObject(grading, 'grading')
  const { announcedOn } = grading
  if (typeof announcedOn !== 'string' || !isIsoDate(announcedOn)) {
    const message = `announcedOn must be a calendar date as YYYY-MM-DD, not ${quoted(announcedOn)}`
    return [{ code: 'invalid_date', path: ['announcedOn'], message }]
  }
  // Only the 2026 arithmetic can leave the calendar: 31 December of the fifth year after.
  if (announcedOn > LAST_ANNOUNCEMENT) {
    const message = `a grade announced on ${announcedOn} would be valid past 9999-12-31`
    return [{ code: 'date_out_of_range', path: ['announcedOn'], message }]
  }
  const derived = gradeValidity(announcedOn)
  const issues: Issue[] = []
  for (const [field, words] of [
    ['validFrom', 'starts'],
    ['validTo', 'ends'],
  ] as const) {
    const stated = grading[field]
    if (derived === null) {
      if (stated !== undefined) continue
      issues.push({
        code: 'validity_required',
        path: [field],
        message: `no evaluation measures were in force on ${grading.announcedOn} (Order 39 took effect on ${EVALUATION_2011_FROM}), so the grading must state ${field}`,
      })
    } else if (stated !== undefined && stated !== derived[field]) {
      issues.push({
        code: 'validity_disagrees',
        path: [field],
        message: `under the ${derived.measures} measures a grade announced on ${grading.announcedOn} is valid from ${derived.validFrom} to ${derived.validTo}, so its validity ${words} on ${derived[field]}; the entry states ${textOf(stated)}`,
      })
    }
  }
  return issues
}
