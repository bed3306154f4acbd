import type { SanctionKind } from '../events'
import type { EntryFilter, HostSection, Operand, Predicate, Scalar, Section } from './entryFilter'
import { sections } from './entryFilter'
import type { LocalText } from './localText'

type Compared = Extract<Predicate, { op: 'eq' }>
type Comparison = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'

const compare =
  (op: Comparison) =>
  (field: string, value: Operand): Predicate =>
    ({ field, op, value }) as Compared

/**
 * Builders of field tests for filters and `field` conditions.
 *
 * @example
 * // a warning, or a fine under 50,000 yuan (AB-05, SL-05)
 * where.any(where.sanction('warning'), where.sanction('fine', where.lt('amount', 50000)))
 */
export const where: {
  /** `field` equals `value`. */
  readonly eq: (field: string, value: Operand) => Predicate
  /** `field` differs from `value`. */
  readonly ne: (field: string, value: Operand) => Predicate
  /** `field` is less than `value`. */
  readonly lt: (field: string, value: Operand) => Predicate
  /** `field` is at most `value`. */
  readonly lte: (field: string, value: Operand) => Predicate
  /** `field` is greater than `value`. */
  readonly gt: (field: string, value: Operand) => Predicate
  /** `field` is at least `value`. */
  readonly gte: (field: string, value: Operand) => Predicate
  /** `field` is one of `values`. */
  readonly in: (field: string, values: readonly Scalar[]) => Predicate
  /** `field` is none of `values`. */
  readonly notIn: (field: string, values: readonly Scalar[]) => Predicate
  /** `field` holds a value (neither absent nor null). */
  readonly exists: (field: string) => Predicate
  /** `field` is absent or null. */
  readonly missing: (field: string) => Predicate
  /** Some element of the array `field` passes `test`. */
  readonly some: (field: string, test: Predicate) => Predicate
  /** Every test passes. */
  readonly all: (...tests: Predicate[]) => Predicate
  /** Some test passes. */
  readonly any: (...tests: Predicate[]) => Predicate
  /** The test fails. */
  readonly not: (test: Predicate) => Predicate
  /** Another field of the same item, times a factor: `where.lt('financials.publicBenefitSpending', where.ref('financials.income', 0.7))`. */
  readonly ref: (field: string, times?: number) => Operand
  /** The evaluation date, for fields holding days: `where.gte('coolOffUntil', where.at)`. */
  readonly at: Operand
  /** A penalty imposes a sanction of this kind, which also passes `tests`. */
  readonly sanction: (kind: SanctionKind, ...tests: Predicate[]) => Predicate
} = {
  eq: compare('eq'),
  ne: compare('ne'),
  lt: compare('lt'),
  lte: compare('lte'),
  gt: compare('gt'),
  gte: compare('gte'),
  in: (field, values) => ({ field, op: 'in', value: values }),
  notIn: (field, values) => ({ field, op: 'notIn', value: values }),
  exists: (field) => ({ field, op: 'exists' }),
  missing: (field) => ({ field, op: 'missing' }),
  some: (field, test) => ({ field, some: test }),
  all: (...tests) => ({ all: tests }),
  any: (...tests) => ({ any: tests }),
  not: (test) => ({ not: test }),
  ref: (field, times) => (times === undefined ? { field } : { field, times }),
  at: { date: 'at' },
  sanction: (kind, ...tests) => ({
    field: 'sanctions',
    some:
      tests.length === 0
        ? { field: 'kind', op: 'eq', value: kind }
        : { all: [{ field: 'kind', op: 'eq', value: kind }, ...tests] },
  }),
}

/** A builder of the filter of one section. */
type Filter<S extends Section> = (options?: FilterOptions) => EntryFilter & { readonly of: S }

/** What a filter says beside its section. */
export interface FilterOptions {
  readonly where?: Predicate
  readonly standing?: boolean
  readonly notBasisOf?: 'abnormal' | 'serious'
  readonly countsFrom?: string
  readonly label?: LocalText
}

/**
 * Builders of entry filters, one per section of the credit file, and `host` for a host
 * section (`entries.host('workPlans')` selects `file.host.workPlans`).
 *
 * @example entries.penalties({ standing: true, where: where.sanction('suspension'), notBasisOf: 'serious' })
 */
export const entries: {
  /** Penalties (行政处罚): standing until revoked. */
  readonly penalties: Filter<'penalties'>
  /** Stays on the abnormal-activities list: standing until removed. */
  readonly abnormalList: Filter<'abnormalList'>
  /** Stays on the serious illegal and dishonest list: standing until removed. */
  readonly seriousList: Filter<'seriousList'>
  /** Stays on the dishonest judgment debtors list: standing until removed. */
  readonly dishonestDebtor: Filter<'dishonestDebtor'>
  /** Rectification orders: standing until completed. */
  readonly rectifications: Filter<'rectifications'>
  /** Activities on record. */
  readonly activities: Filter<'activities'>
  /** Commendations. */
  readonly commendations: Filter<'commendations'>
  /** Disclosures. */
  readonly disclosures: Filter<'disclosures'>
  /** Objections: standing until resolved. */
  readonly objections: Filter<'objections'>
  /** Grade events: awards, downgrades and cancellations. */
  readonly gradeHistory: Filter<'gradeHistory'>
  /** Evaluations and how each went: standing until ended. */
  readonly evaluations: Filter<'evaluations'>
  /** Annual report filings, over every year. */
  readonly annualReports: Filter<'annualReports'>
  /** Annual inspection conclusions, over every year. */
  readonly inspections: Filter<'inspections'>
  /** Change registrations: standing until revoked. */
  readonly registrationChanges: Filter<'registrationChanges'>
  /** Closures (deregistration, revocation, ban): standing until voided. */
  readonly closures: Filter<'closures'>
  /** Notices served: standing until the organization was next reached (signed for this or a later one). */
  readonly noticesServed: Filter<'noticesServed'>
  /** Party-organization findings: standing until a later finding replaces them. */
  readonly partyOrganization: Filter<'partyOrganization'>
  /** Certificates of non-responsibility (AB-08). */
  readonly notResponsible: Filter<'notResponsible'>
  /** Investigations: standing until closed. */
  readonly investigations: Filter<'investigations'>
  /** Applications for the public-fundraising qualification: standing until decided. */
  readonly fundraisingApplications: Filter<'fundraisingApplications'>
  /** Filed public-fundraising plans, one per campaign. */
  readonly fundraisingPlans: Filter<'fundraisingPlans'>
  /** Government purchases of services: standing until completed. */
  readonly servicePurchases: Filter<'servicePurchases'>
  /** Donation deduction qualifications, dated by their first valid day: standing until cancelled. */
  readonly donationDeduction: Filter<'donationDeduction'>
  /** Liquidations: standing until the deregistration is applied for. */
  readonly liquidations: Filter<'liquidations'>
  /** When each entry of credit information was formed and recorded, dated by the day it was formed (CR-04). */
  readonly recordings: Filter<'recordings'>
  /** A filter of a host section: `entries.host('assessments')` reads `file.host.assessments`. */
  readonly host: (
    section: string,
    options?: FilterOptions,
  ) => EntryFilter & { readonly of: HostSection }
} = {
  ...(Object.fromEntries(
    sections.map((of) => [of, (options: FilterOptions = {}) => ({ of, ...options })]),
  ) as { readonly [S in Section]: Filter<S> }),
  host: (section: string, options: FilterOptions = {}) => ({
    of: `host.${section}` as HostSection,
    ...options,
  }),
}
