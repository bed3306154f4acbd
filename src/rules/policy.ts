import * as z from 'zod'
import { holidayCalendarSchema, periodConventionSchema } from '../time'
import { annualReportRulesSchema } from './annualReportRules'
import { disclosurePolicySchema } from './disclosure/disclosurePolicy'
import { ruleSchema } from './rule'
import type { Frozen, Opt, Strict } from './schemaTypes'

/** Checks the shape of a policy document; `definePolicy` checks the rest. */
export const policyDocumentSchema: Strict<{
  name: z.ZodString
  version: z.ZodString
  convention: typeof periodConventionSchema
  annualReport: Opt<typeof annualReportRulesSchema>
  calendar: Opt<typeof holidayCalendarSchema>
  /** What public reports show, for how long, and which entries count as serious. */
  disclosure: Opt<typeof disclosurePolicySchema>
  rules: z.ZodArray<typeof ruleSchema>
}> = z.strictObject({
  name: z.string().min(1).max(200),
  version: z.string().min(1).max(64),
  convention: periodConventionSchema,
  annualReport: annualReportRulesSchema.optional(),
  calendar: holidayCalendarSchema.optional(),
  disclosure: z.optional(disclosurePolicySchema),
  rules: z.array(ruleSchema).max(2000),
})

/**
 * A policy as JSON: a named, versioned set of rules, the period convention its rules count by
 * unless one says otherwise, when annual reports fall due, the working-day calendar its
 * obligations count with (weekends only when absent), and what the public may see of a credit
 * file (its disclosure policy), so that one pack, with one hash, says all of it.
 */
export type PolicyDocument = Frozen<z.output<typeof policyDocumentSchema>>

/** A checked, frozen policy; `hash` is the SHA-256 of its canonical JSON without the hash. */
export interface Policy extends PolicyDocument {
  readonly hash: string
}
