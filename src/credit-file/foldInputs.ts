import * as z from 'zod'

// The shapes `creditFileOf` and `evolve` take from a caller, checked before any fold runs. An
// entry is checked for what the fold reads in every entry; its payload was checked by the
// ledger that wrote it, and the fold reads it by type.

/** A stored entry, as far as every fold step reads it. */
export const foldedEntrySchema: z.ZodType<unknown> = z
  .object({
    seq: z.number().int().nonnegative(),
    org: z.string(),
    type: z.string(),
    effectiveAt: z.string(),
    recordedAt: z.string(),
    data: z.record(z.string(), z.unknown()),
  })
  .loose()

/** A list of stored entries. */
export const foldedEntriesSchema: z.ZodType<readonly unknown[]> = z.array(foldedEntrySchema)

/** How to read a credit file. */
export const creditFileOptionsSchema: z.ZodType<unknown> = z.object({
  asOf: z.string().optional(),
  knownAt: z.string().optional(),
})

/** A credit file, as far as `evolve` reads it before folding. */
export const foldedFileSchema: z.ZodType<unknown> = z
  .object({ asOf: z.string().nullable(), knownAt: z.string().nullable() })
  .loose()
