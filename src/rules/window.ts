import * as z from 'zod'
import { calendarPeriodSchema } from '../time'
import type { Enum, Frozen, Opt, Strict } from './schemaTypes'

/** Checks a window. */
export const windowSchema: z.ZodUnion<
  [
    typeof calendarPeriodSchema,
    Strict<{ calendarYear: Enum<'previous' | 'current'> }>,
    Strict<{ from: Enum<'registration' | 'closure'>; period: Opt<typeof calendarPeriodSchema> }>,
  ]
> = z.union([
  calendarPeriodSchema,
  z.strictObject({ calendarYear: z.enum(['previous', 'current']) }),
  z.strictObject({
    from: z.enum(['registration', 'closure']),
    period: z.optional(calendarPeriodSchema),
  }),
])

/**
 * The dates an item must fall in: a trailing period ending on the evaluation date (`{ years: 3 }`),
 * the previous or current calendar year, or a period from the registration (the first year
 * after founding) or from the closure in force.
 */
export type Window = Frozen<z.output<typeof windowSchema>>
