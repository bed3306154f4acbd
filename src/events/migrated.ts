import * as z from 'zod/mini'
import { isoDateOrInstantSchema } from '../time'

/**
 * Where a migrated entry came from: the date or instant another system recorded the fact on,
 * and that system's name. Keys in canonical order, as the entry stores them.
 */
export const migratedSchema: z.ZodMiniObject<
  {
    recordedAt: typeof isoDateOrInstantSchema
    source: z.ZodMiniOptional<z.ZodMiniString<string>>
  },
  z.core.$strict
> = z.strictObject({
  recordedAt: isoDateOrInstantSchema,
  source: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
})

/** The original recording of a fact carried over from another system. */
export type Migrated = z.infer<typeof migratedSchema>
