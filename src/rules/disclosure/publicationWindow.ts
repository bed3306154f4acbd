import * as z from 'zod/mini'
import type { Frozen, MiniEnum, MiniOpt, MiniStrict } from '../../_internal/schemaTypes'
import { entryTypeNameSchema } from '../../events'
import { calendarPeriodSchema, periodConventionSchema } from '../../time'
import { policySourceSchema } from './policySource'

/** How grave a negative entry is, as the NDRC repair measures grade them (RP-02). */
export type Severity = 'general' | 'serious'

/**
 * The day a publication window is counted from: the entry's effective day, its decision day
 * (`data.decidedOn`, else the effective day), or the day the listing it records was removed
 * (a window that starts only once the organization is off the list).
 */
export type WindowStart = 'effective' | 'decision' | 'removal'

/** Checks a publication window. */
export const publicationWindowSchema: MiniStrict<{
  /** Stable id, cited by the PublicationEnded entries it causes. */
  id: z.ZodMiniString<string>
  types: z.ZodMiniArray<typeof entryTypeNameSchema>
  /** Only entries of this severity; both when left out. */
  severity: MiniOpt<MiniEnum<Severity>>
  /** The longest publication: it ends by itself after this. */
  length: typeof calendarPeriodSchema
  /** The shortest publication: credit repair cannot end it sooner (RP-02, RP-03). */
  minimum: MiniOpt<typeof calendarPeriodSchema>
  from: MiniEnum<WindowStart>
  convention: typeof periodConventionSchema
  source: typeof policySourceSchema
}> = z.strictObject({
  id: z
    .string()
    .check(
      z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a window id is lower-case letters, digits and dashes'),
    ),
  types: z.array(entryTypeNameSchema).check(z.minLength(1)),
  severity: z.optional(z.enum(['general', 'serious'])),
  length: calendarPeriodSchema,
  minimum: z.optional(calendarPeriodSchema),
  from: z.enum(['effective', 'decision', 'removal']),
  convention: periodConventionSchema,
  source: policySourceSchema,
})

/**
 * How long entries of some types stay public. When `length` has run from `from`, publication
 * ends: a `PublicationEnded` entry is appended, and public reports leave the entry out.
 */
export type PublicationWindow = Frozen<z.output<typeof publicationWindowSchema>>
