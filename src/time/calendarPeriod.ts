import * as z from 'zod'

type Count = z.ZodOptional<z.ZodNumber>

/**
 * A length of calendar time in whole years, months and days, as statutes write it
 * ("2 years", "6 months", "15 days"). Years and months are applied together, then days.
 *
 * @example calendarPeriodSchema.parse({ years: 2 })
 */
export const calendarPeriodSchema: z.ZodObject<
  { years: Count; months: Count; days: Count },
  z.core.$strict
> = z
  .strictObject({
    years: z.number().int().nonnegative().optional(),
    months: z.number().int().nonnegative().optional(),
    days: z.number().int().nonnegative().optional(),
  })
  .refine((p) => (p.years ?? 0) + (p.months ?? 0) + (p.days ?? 0) > 0, {
    message: 'a period needs at least one positive field: years, months or days',
  })

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
export const periodConventionSchema: z.ZodEnum<{ civil_code: 'civil_code'; calendar: 'calendar' }> =
  z.enum(periodConventions)
