import * as z from 'zod/mini'

type Count = z.ZodMiniOptional<z.ZodMiniNumber<number>>

// zod's mini build, as every schema a public report's check reaches: a page that verifies
// reports ships only the parts of zod it uses.
const count = z.optional(z.number().check(z.int(), z.nonnegative()))

/**
 * A length of calendar time in whole years, months and days, as statutes write it
 * ("2 years", "6 months", "15 days"). Years and months are applied together, then days.
 *
 * @example calendarPeriodSchema.parse({ years: 2 })
 */
export const calendarPeriodSchema: z.ZodMiniObject<
  { years: Count; months: Count; days: Count },
  z.core.$strict
> = z.strictObject({ years: count, months: count, days: count }).check(
  z.refine((p) => (p.years ?? 0) + (p.months ?? 0) + (p.days ?? 0) > 0, {
    message: 'a period needs at least one positive field: years, months or days',
  }),
)

/** Whole years, months and days; at least one of them positive. */
export type CalendarPeriod = z.infer<typeof calendarPeriodSchema>

/** The two ways of reading "a period of N years from D" (see docs/time.md). */
export const periodConventions = ['civil_code', 'calendar'] as const

/**
 * `civil_code`: PRC Civil Code Arts. 201-203, the day D is not counted and the period's last
 * day is the corresponding day. `calendar`: the period is complete on the anniversary itself.
 */
export type PeriodConvention = (typeof periodConventions)[number]

/** Checks a period convention, for rules written as data. */
export const periodConventionSchema: z.ZodMiniEnum<{
  civil_code: 'civil_code'
  calendar: 'calendar'
}> = z.enum(periodConventions)
