import { attribute } from './conditions/attribute'
import { inspections, reports } from './conditions/consecutiveYears'
import { count, none } from './conditions/count'
import { elapsed } from './conditions/elapsed'
import { field } from './conditions/field'
import { grade } from './conditions/grade'
import { listedFor } from './conditions/listedFor'
import { all, any, not } from './conditions/logic'
import { onList } from './conditions/onList'
import { orgKind } from './conditions/orgKind'
import { priorYear } from './conditions/priorYear'
import { rectification } from './conditions/rectification'
import { registeredFor } from './conditions/registeredFor'
import { reportDue } from './conditions/reportDue'
import { reportOverdue } from './conditions/reportOverdue'
import { spaced } from './conditions/spaced'
import { active, status } from './conditions/status'

/**
 * Builders of conditions, one module per kind under conditions/: each returns the plain JSON
 * the rule language reads, so a rule built here and the same rule read from JSON are the same
 * document, with the same hash.
 *
 * @example
 * when.all(when.onList('abnormal'), when.listedFor('abnormal', { years: 2 }))
 * when.count(entries.penalties({ standing: true, where: minor }), { window: { years: 3 }, atLeast: 2 })
 */
export const when: {
  /** The stream's status on the date is one of these. */
  readonly status: typeof status
  /** The organization is active (not deregistered, revoked or banned) on the date. */
  readonly active: typeof active
  /** The organization is of one of these kinds. */
  readonly orgKind: typeof orgKind
  /** A fact of the identity holds: charity, fundraising qualification, national level, supervising unit. */
  readonly attribute: typeof attribute
  /** The organization is on the list on the date, for one of `reasons` if given. */
  readonly onList: typeof onList
  /** The organization has been on the list for a full period on the date. */
  readonly listedFor: typeof listedFor
  /** How many items the filter selects in the window is between `atLeast` and `atMost`. */
  readonly count: typeof count
  /** No item the filter selects in the window (`count` with `atMost: 0`). */
  readonly none: typeof none
  /** The latest item the filter selects in the window passes a test. */
  readonly field: typeof field
  /** `consecutiveYears` over annual inspections. */
  readonly inspections: typeof inspections
  /** `consecutiveYears` over annual reports. */
  readonly reports: typeof reports
  /** The latest annual report due by the date was owed and is not filed. */
  readonly reportOverdue: typeof reportOverdue
  /** An annual report is owed this year for the year before, filed or not. */
  readonly reportDue: typeof reportDue
  /** A rectification order is open on the date; with `overdue: true`, past its deadline. */
  readonly rectification: typeof rectification
  /** A grade is held on the date, within bounds, valid or not, in a window of its validity or not. */
  readonly grade: typeof grade
  /** A full period has run since the registration or filing. */
  readonly registeredFor: typeof registeredFor
  /** A full period has, or has not, run since a date of the file. */
  readonly elapsed: typeof elapsed
  /** Two items the filter selects lie at least `atLeast` and at most `atMost` apart. */
  readonly spaced: typeof spaced
  /** Every one of the conditions holds. */
  readonly all: typeof all
  /** Some one of the conditions holds. */
  readonly any: typeof any
  /** The condition does not hold. */
  readonly not: typeof not
  /** A figure of the latest annual report against a share of a figure of the year before's. */
  readonly priorYear: typeof priorYear
} = {
  status,
  active,
  orgKind,
  attribute,
  onList,
  listedFor,
  count,
  none,
  field,
  inspections,
  reports,
  reportOverdue,
  reportDue,
  rectification,
  grade,
  registeredFor,
  elapsed,
  spaced,
  all,
  any,
  not,
  priorYear,
}
