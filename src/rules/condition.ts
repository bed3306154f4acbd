import type { Grade, InspectionResult, OrganizationStatus, RectificationSource } from '../events'
import type { CalendarPeriod } from '../time'
import type { AnnualReportRules } from './annualReportRules'
import type { EntryFilter, Window } from './entryFilter'
import type { OrgKind } from './orgKind'

/** The lists a condition can ask about. */
export type ListName = 'abnormal' | 'serious' | 'dishonest_debtor'

/** Facts of the identity a condition can test. */
export type Attribute = 'charity' | 'public_fundraising' | 'national_level' | 'supervising_unit'

/** Dates of the file that `elapsed` can count from. */
export type DateRef =
  | 'founded'
  | 'closed'
  | 'charity'
  | 'fundraising_granted'
  | 'fundraising_revoked'
  | 'grade_announced'
  | 'grade_valid_from'
  | 'grade_valid_to'

/** What a year of annual reports shows on the date: per AnnualReportRules, or excused. */
export type ReportState = 'missing' | 'late' | 'on_time' | 'no_charitable_activity' | 'exempt'

/**
 * A test of a credit file on a date, as JSON. Every kind reads the file's views, never raw
 * entries, and reports the entries it relied on; see docs/rules.md for each kind's meaning,
 * boundary rules and explanation.
 */
export type Condition =
  | { readonly kind: 'status'; readonly is: readonly OrganizationStatus[] }
  | { readonly kind: 'orgKind'; readonly is: readonly OrgKind[] }
  | { readonly kind: 'attribute'; readonly is: Attribute }
  | { readonly kind: 'onList'; readonly list: ListName; readonly reasons?: readonly string[] }
  | {
      readonly kind: 'listedFor'
      readonly list: ListName
      readonly period: CalendarPeriod
      readonly reasons?: readonly string[]
      readonly from?: 'latest' | 'earliest'
    }
  | {
      readonly kind: 'count'
      readonly entries: EntryFilter
      readonly window?: Window
      readonly atLeast?: number
      readonly atMost?: number
    }
  | {
      readonly kind: 'field'
      readonly entries: EntryFilter
      readonly window?: Window
      readonly where: NonNullable<EntryFilter['where']>
    }
  | {
      readonly kind: 'consecutiveYears'
      readonly of: 'inspections'
      readonly match: readonly (InspectionResult | 'missing')[]
      readonly years: number
      readonly ending?: 'latest' | 'previous_year'
    }
  | {
      readonly kind: 'consecutiveYears'
      readonly of: 'annualReports'
      readonly match: readonly ReportState[]
      readonly years: number
      readonly ending?: 'latest' | 'previous_year'
      readonly report?: Partial<AnnualReportRules>
    }
  | { readonly kind: 'reportOverdue'; readonly report?: Partial<AnnualReportRules> }
  | { readonly kind: 'reportDue'; readonly report?: Partial<AnnualReportRules> }
  | {
      readonly kind: 'rectification'
      readonly overdue?: boolean
      readonly source?: readonly RectificationSource[]
    }
  | {
      readonly kind: 'grade'
      readonly atLeast?: Grade
      readonly atMost?: Grade
      readonly valid?: boolean
      readonly expiresWithin?: CalendarPeriod
      readonly inFirst?: CalendarPeriod
      readonly reEvaluation?: boolean
    }
  | { readonly kind: 'registeredFor'; readonly period: CalendarPeriod }
  | {
      readonly kind: 'elapsed'
      readonly since: DateRef
      readonly atLeast?: CalendarPeriod
      readonly lessThan?: CalendarPeriod
    }
  | { readonly kind: 'all'; readonly of: readonly Condition[] }
  | { readonly kind: 'any'; readonly of: readonly Condition[] }
  | { readonly kind: 'not'; readonly of: Condition }

/** The kinds of condition. */
export type ConditionKind = Condition['kind']
