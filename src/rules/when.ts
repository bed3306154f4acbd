import type { Grade, InspectionResult, OrganizationStatus, RectificationSource } from '../events'
import type { CalendarPeriod } from '../time'
import type { AnnualReportRules } from './annualReportRules'
import type { Attribute, Condition, DateRef, ListName, ReportState } from './condition'
import type { EntryFilter, Predicate, Window } from './entryFilter'
import type { OrgKind } from './orgKind'

type Of<K extends Condition['kind']> = Extract<Condition, { kind: K }>
type Report = Partial<AnnualReportRules>

function status(...is: OrganizationStatus[]): Of<'status'> {
  return { kind: 'status', is }
}
function active(): Of<'status'> {
  return { kind: 'status', is: ['active'] }
}
function orgKind(...is: OrgKind[]): Of<'orgKind'> {
  return { kind: 'orgKind', is }
}
function attribute(is: Attribute): Of<'attribute'> {
  return { kind: 'attribute', is }
}
function onList(list: ListName, options: { reasons?: readonly string[] } = {}): Of<'onList'> {
  return { kind: 'onList', list, ...options }
}
function listedFor(
  list: ListName,
  period: CalendarPeriod,
  options: { reasons?: readonly string[]; from?: 'latest' | 'earliest' } = {},
): Of<'listedFor'> {
  return { kind: 'listedFor', list, period, ...options }
}
function count(
  entries: EntryFilter,
  options: { window?: Window; atLeast?: number; atMost?: number } = {},
): Of<'count'> {
  return { kind: 'count', entries, ...options }
}
function none(entries: EntryFilter, window?: Window): Of<'count'> {
  return { kind: 'count', entries, ...(window === undefined ? {} : { window }), atMost: 0 }
}
function field(entries: EntryFilter, where: Predicate, window?: Window): Of<'field'> {
  return { kind: 'field', entries, where, ...(window === undefined ? {} : { window }) }
}
function inspections(
  match: readonly (InspectionResult | 'missing')[],
  years: number,
  options: { ending?: 'latest' | 'previous_year' } = {},
): Of<'consecutiveYears'> {
  return { kind: 'consecutiveYears', of: 'inspections', match, years, ...options }
}
function reports(
  match: readonly ReportState[],
  years: number,
  options: { ending?: 'latest' | 'previous_year'; report?: Report } = {},
): Of<'consecutiveYears'> {
  return { kind: 'consecutiveYears', of: 'annualReports', match, years, ...options }
}
function reportOverdue(report?: Report): Of<'reportOverdue'> {
  return report === undefined ? { kind: 'reportOverdue' } : { kind: 'reportOverdue', report }
}
function reportDue(report?: Report): Of<'reportDue'> {
  return report === undefined ? { kind: 'reportDue' } : { kind: 'reportDue', report }
}
function rectification(
  options: { overdue?: boolean; source?: readonly RectificationSource[] } = {},
): Of<'rectification'> {
  return { kind: 'rectification', ...options }
}
function grade(
  options: {
    atLeast?: Grade
    atMost?: Grade
    valid?: boolean
    expiresWithin?: CalendarPeriod
    inFirst?: CalendarPeriod
    reEvaluation?: boolean
  } = {},
): Of<'grade'> {
  return { kind: 'grade', ...options }
}
function registeredFor(period: CalendarPeriod): Of<'registeredFor'> {
  return { kind: 'registeredFor', period }
}
function elapsed(
  since: DateRef,
  options: { atLeast?: CalendarPeriod; lessThan?: CalendarPeriod },
): Of<'elapsed'> {
  return { kind: 'elapsed', since, ...options }
}
function all(...of: Condition[]): Of<'all'> {
  return { kind: 'all', of }
}
function any(...of: Condition[]): Of<'any'> {
  return { kind: 'any', of }
}
function not(of: Condition): Of<'not'> {
  return { kind: 'not', of }
}

/**
 * Builders of conditions: each returns the plain JSON the rule language reads, so a rule built
 * here and the same rule read from JSON are the same document, with the same hash.
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
  readonly orgKind: typeof orgKind
  readonly attribute: typeof attribute
  readonly onList: typeof onList
  readonly listedFor: typeof listedFor
  readonly count: typeof count
  /** No item the filter selects in the window (`count` with `atMost: 0`). */
  readonly none: typeof none
  readonly field: typeof field
  /** `consecutiveYears` over annual inspections. */
  readonly inspections: typeof inspections
  /** `consecutiveYears` over annual reports. */
  readonly reports: typeof reports
  readonly reportOverdue: typeof reportOverdue
  readonly reportDue: typeof reportDue
  readonly rectification: typeof rectification
  readonly grade: typeof grade
  readonly registeredFor: typeof registeredFor
  readonly elapsed: typeof elapsed
  readonly all: typeof all
  readonly any: typeof any
  readonly not: typeof not
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
  all,
  any,
  not,
}
