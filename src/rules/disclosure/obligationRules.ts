import * as z from 'zod/mini'
import { type DisclosureCategory, disclosureCategories } from '../../events'
import { type OrganizationKind, organizationKinds } from '../../identity'
import {
  type CalendarPeriod,
  calendarPeriodSchema,
  type PeriodConvention,
  periodConventionSchema,
} from '../../time'
import type { MonthDay } from '../annualReportRules'
import { type PolicySource, policySourceSchema } from './policySource'

/**
 * The disclosure obligations a policy sets: the annual report (AI-01 to AI-03), the audit a
 * foundation's report carries (AI-03, AI-04), fundraising progress and completion (CH-05), and
 * the authority's answer to an objection (RT-02, optional).
 */
export interface ObligationRules {
  readonly annualReport?: {
    /** The report for year Y is due on this day of Y + 1; `null`: not required of that kind. */
    readonly due: Readonly<Partial<Record<OrganizationKind, MonthDay | null>>>
    /** Only filings with this body count. */
    readonly filedWith?: 'registrar' | 'supervising_unit'
    /** A year is excused when the organization was founded less than this before 31 December. */
    readonly exemptIfFoundedWithin?: Readonly<Partial<Record<OrganizationKind, CalendarPeriod>>>
    /** How that period is counted: by the Civil Code (the default) or the plain calendar. */
    readonly convention?: PeriodConvention
    readonly source: PolicySource
  }
  readonly audit?: {
    /** Kinds whose annual report must be audited. */
    readonly kinds: readonly OrganizationKind[]
    /** Also charities holding the public-fundraising qualification during the year. */
    readonly fundraisingCharities?: boolean
    readonly source: PolicySource
  }
  readonly fundraising?: {
    /** Disclosure categories that announce and report a campaign or project. */
    readonly categories: readonly DisclosureCategory[]
    /** Campaigns whose period is longer than this report progress… */
    readonly longerThan: CalendarPeriod
    /** …once every this long… */
    readonly every: CalendarPeriod
    /** …and report in full within this after the end. */
    readonly completionWithin: CalendarPeriod
    readonly source: PolicySource
  }
  readonly objectionAnswer?: {
    /** The authority answers an objection within this, counted by the Civil Code. */
    readonly within: CalendarPeriod
    readonly source: PolicySource
  }
}

const kind = z.enum(organizationKinds)
const monthDay = z
  .string()
  .check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a day of the year as MM-DD'))

/** Checks the obligation rules of a disclosure policy. */
export const obligationRulesSchema: z.ZodMiniType<ObligationRules> = z.strictObject({
  annualReport: z.optional(
    z.strictObject({
      due: z.partialRecord(kind, z.nullable(monthDay)),
      filedWith: z.optional(z.enum(['registrar', 'supervising_unit'])),
      exemptIfFoundedWithin: z.optional(z.partialRecord(kind, calendarPeriodSchema)),
      convention: z.optional(periodConventionSchema),
      source: policySourceSchema,
    }),
  ),
  audit: z.optional(
    z.strictObject({
      kinds: z.array(kind),
      fundraisingCharities: z.optional(z.boolean()),
      source: policySourceSchema,
    }),
  ),
  fundraising: z.optional(
    z.strictObject({
      categories: z.array(z.enum(disclosureCategories)).check(z.minLength(1)),
      longerThan: calendarPeriodSchema,
      every: calendarPeriodSchema,
      completionWithin: calendarPeriodSchema,
      source: policySourceSchema,
    }),
  ),
  objectionAnswer: z.optional(
    z.strictObject({ within: calendarPeriodSchema, source: policySourceSchema }),
  ),
}) as z.ZodMiniType<ObligationRules>
