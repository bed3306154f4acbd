import * as z from 'zod'
import { fromZodIssues } from '../../_internal/issues'
import type { Enum, Frozen, Opt, Strict } from '../../_internal/schemaTypes'
import { LedgerError } from '../../errors'
import {
  calendarPeriodSchema,
  holidayCalendarSchema,
  periodConventionSchema,
  shorterFrom,
} from '../../time'

/** Checks `cnPolicyWith` parameters and fills in the defaults. */
export const cnPolicyParametersSchema: Strict<{
  /**
   * How periods such as "a full 2 years on the list" count: `civil_code` (PRC Civil Code
   * Arts. 201-203, the day of the event is not counted) or `calendar` (the anniversary).
   */
  convention: z.ZodDefault<typeof periodConventionSchema>
  /** AB-10: working days the registrar has to remove a cured listing (5, from the 2017 draft). */
  removalWorkingDays: z.ZodDefault<z.ZodNumber>
  /** AB-11: how long a listing with nothing to rectify stays before it ends ex officio (6 months, draft). */
  penaltyListingLasts: z.ZodDefault<typeof calendarPeriodSchema>
  /**
   * AI-08, a local practice (Jinan and Shandong 3 years, Fuzhou 2): consecutive years of missing
   * reports after which revocation is recommended; `null`, the default, leaves AI-08 out.
   */
  missedReportsBeforeRevocation: z.ZodDefault<z.ZodNullable<z.ZodNumber>>
  /**
   * DR-02, DR-08: how activities reach the record. `ongoing` (the default): activities,
   * disclosures and commendations are recorded as they happen, so a first year with none on
   * record is a ground from its anniversary. `annual_report`: they arrive only with the annual
   * report, so the pack waits until the founding year's report is overdue.
   */
  activityRecords: z.ZodDefault<Enum<'ongoing' | 'annual_report'>>
  /**
   * RT-02, adopted as a policy (the credit-reporting regulation's 20 days): the period within
   * which the registrar answers an objection; `null`, the default, leaves the duty out, as Order
   * 60 sets no deadline.
   */
  objectionAnswerWithin: z.ZodDefault<z.ZodNullable<typeof calendarPeriodSchema>>
  /**
   * AB-06: how far apart two unsigned special letters to the registered address must be sent
   * for the organization to count as unreachable. The 2017 draft says 20 to 60 days; the final
   * interval was not seen. `atMost: null` sets no ceiling; an `atMost` that ends before
   * `atLeast` from any day, units mixed or not (`shorterFrom`), is refused (`interval_inverted`).
   */
  unreachableLetterInterval: z.ZodDefault<
    Strict<{
      atLeast: typeof calendarPeriodSchema
      atMost: z.ZodNullable<typeof calendarPeriodSchema>
    }>
  >
  /** The working-day calendar obligations count with: `cnHolidays` (2015-2026), extended by `extendHolidayCalendar` or a province's own. */
  calendar: Opt<typeof holidayCalendarSchema>
}> = z.strictObject({
  convention: z._default(periodConventionSchema, 'civil_code'),
  removalWorkingDays: z.number().int().min(1).max(60).default(5),
  penaltyListingLasts: z._default(calendarPeriodSchema, { months: 6 }),
  missedReportsBeforeRevocation: z.number().int().min(2).max(10).nullable().default(null),
  activityRecords: z.enum(['ongoing', 'annual_report']).default('ongoing'),
  objectionAnswerWithin: z._default(z.nullable(calendarPeriodSchema), null),
  calendar: holidayCalendarSchema.optional(),
  unreachableLetterInterval: z._default(
    z
      .strictObject({ atLeast: calendarPeriodSchema, atMost: z.nullable(calendarPeriodSchema) })
      .superRefine(({ atLeast, atMost }, context) => {
        const from = atMost === null ? null : shorterFrom(atMost, atLeast)
        if (from === null) return
        context.addIssue({
          code: 'custom',
          params: { code: 'interval_inverted' },
          path: ['atMost'],
          message: `atMost ends before atLeast for letters sent on ${from}: give an atMost no shorter than atLeast`,
          input: atMost,
        })
      }),
    { atLeast: { days: 20 }, atMost: { days: 60 } },
  ),
})

/**
 * The choices the national pack makes where its sources leave something open. Every field has
 * a default; docs/policies.md says why each default was chosen.
 */
export type CnPolicyParameters = Frozen<z.output<typeof cnPolicyParametersSchema>>

/** The parameters with the defaults filled in; throws `INVALID_INPUT` with zod's issues otherwise. */
export function parseCnPolicyParameters(input: unknown): CnPolicyParameters {
  const parsed = cnPolicyParametersSchema.safeParse(input)
  if (parsed.success) return parsed.data
  const issues = fromZodIssues(parsed.error.issues)
  const first = issues[0]
  const where = first === undefined ? '' : `${first.path.join('.') || '(root)'}: ${first.message}`
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return invalid(`invalid cnPolicy parameters: ${where}${more}`, issues)
}

function invalid(message: string, issues: ReturnType<typeof fromZodIssues>): never {
  throw new LedgerError('INVALID_INPUT', message, issues)
}
