import * as z from 'zod'
import {
  type HolidayCalendar,
  holidayCalendarSchema,
  type PeriodConvention,
  periodConventionSchema,
} from '../time'
import { type AnnualReportRules, annualReportRulesSchema } from './annualReportRules'
import { type Rule, ruleSchema } from './rule'

/**
 * A policy as JSON: a named, versioned set of rules, the period convention its rules count by
 * unless one says otherwise, when annual reports fall due, and the working-day calendar its
 * obligations count with (weekends only when absent).
 */
export interface PolicyDocument {
  readonly name: string
  readonly version: string
  readonly convention: PeriodConvention
  readonly annualReport?: AnnualReportRules
  readonly calendar?: HolidayCalendar
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
  rules: z.array(ruleSchema).max(2000),
}) as z.ZodType<PolicyDocument>
