import * as z from 'zod'
import { emptyCreditFile } from './emptyCreditFile'

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
  entryTypes: z
    .custom((value) => typeof (value as { definition?: unknown })?.definition === 'function', {
      message: "must be a ledger's entryTypes, or entryCatalogue(hostTypes)",
    })
    .optional(),
})

const list = z.array(z.unknown())
const byKey = z.record(z.string(), z.unknown())

// Every section of a file, a list or a record, as a fresh file has it: one copy of which
// sections a file holds, so a section added to the file is checked here without a second list.
const sections: Readonly<Record<string, typeof list | typeof byKey>> = Object.fromEntries(
  Object.entries(emptyCreditFile(null, null))
    .filter(([, value]) => typeof value === 'object' && value !== null)
    .map(([key, value]) => [key, Array.isArray(value) ? list : byKey]),
)

/**
 * A credit file, as far as `evolve` reads it before folding: its read window and every
 * section, so a file saved by an older version, before a section was added, is refused by name
 * rather than failing inside a step.
 */
export const foldedFileSchema: z.ZodType<unknown> = z
  .object({
    ...sections,
    asOf: z.string().nullable(),
    knownAt: z.string().nullable(),
  })
  .loose()

/**
 * A credit file's sections, each of the kind the fold makes, and the fields the rules read
 * beside them: what the rules read of a file a caller hands them, which may be a copy that lost
 * a section on its way (a hand-made object, a partial clone, a file saved by an older version).
 */
export const creditFileSchema: z.ZodType<unknown> = z
  .object({
    ...sections,
    org: z.string(),
    asOf: z.string().nullable(),
    knownAt: z.string().nullable(),
    version: z.number().int().nonnegative(),
    status: z.string(),
    grade: byKey.nullable(),
    onAbnormalList: z.boolean(),
    onSeriousList: z.boolean(),
    onDishonestDebtorList: z.boolean(),
  })
  .loose()
