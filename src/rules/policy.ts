import * as z from 'zod'
import {
  type HolidayCalendar,
  holidayCalendarSchema,
  type PeriodConvention,
  periodConventionSchema,
} from '../time'
import { type AnnualReportRules, annualReportRulesSchema } from './annualReportRules'
import { type DisclosurePolicy, disclosurePolicySchema } from './disclosure/disclosurePolicy'
import { type Rule, ruleSchema } from './rule'

/**
 * A policy as JSON: a named, versioned set of rules, the period convention its rules count by
 * unless one says otherwise, when annual reports fall due, the working-day calendar its
 * obligations count with (weekends only when absent), and what the public may see of a credit
 * file (its disclosure policy), so that one pack, with one hash, says all of it.
 */
export interface PolicyDocument {
  readonly name: string
  readonly version: string
  readonly convention: PeriodConvention
  readonly annualReport?: AnnualReportRules
  readonly calendar?: HolidayCalendar
  /** What public reports show, for how long, and which entries count as serious. */
  readonly disclosure?: DisclosurePolicy
  readonly rules: readonly Rule[]
}

/** A checked, frozen policy; `hash` is the SHA-256 of its canonical JSON without the hash. */
export interface Policy extends PolicyDocument {
  readonly hash: string
}

/** Checks the shape of a policy document; `definePolicy` checks the rest. */
export const policyDocumentSchema: z.ZodType<PolicyDocument> = z.strictObject({
  name: z.string().min(1).max(200),
  version: z.string().min(1).max(64),
  convention: periodConventionSchema,
  annualReport: annualReportRulesSchema.optional(),
  calendar: holidayCalendarSchema.optional(),
  disclosure: z.optional(disclosurePolicySchema),
  rules: z.array(ruleSchema).max(2000),
}) as z.ZodType<PolicyDocument>
