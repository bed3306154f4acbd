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
  entryTypes: z
    .custom((value) => typeof (value as { definition?: unknown })?.definition === 'function', {
      message: "must be a ledger's entryTypes, or entryCatalogue(hostTypes)",
    })
    .optional(),
})

const list = z.array(z.unknown())
const byKey = z.record(z.string(), z.unknown())

/**
 * A credit file, as far as `evolve` reads it before folding: its read window, and the sections
 * added since files were first kept, so a file saved by an older version is refused by name
 * rather than failing inside a step.
 */
export const foldedFileSchema: z.ZodType<unknown> = z
  .object({
    asOf: z.string().nullable(),
    knownAt: z.string().nullable(),
    evaluations: list,
    host: byKey,
    fundraisingApplications: list,
    fundraisingGrants: list,
    fundraisingPlans: list,
    servicePurchases: list,
    donationDeduction: list,
    liquidations: list,
  })
  .loose()

/**
 * A credit file's sections, each of the kind the fold makes: what the rules read of a file a
 * caller hands them, which may be a copy that lost a section on its way (a hand-made object,
 * a partial clone).
 */
export const creditFileSchema: z.ZodType<unknown> = z
  .object({
    org: z.string(),
    asOf: z.string().nullable(),
    knownAt: z.string().nullable(),
    version: z.number().int().nonnegative(),
    status: z.string(),
    identity: byKey,
    registration: byKey,
    annualReports: byKey,
    inspections: byKey,
    grade: byKey.nullable(),
    gradeHistory: list,
    evaluations: list,
    commendations: list,
    penalties: list,
    abnormalList: list,
    onAbnormalList: z.boolean(),
    seriousList: list,
    onSeriousList: z.boolean(),
    dishonestDebtor: list,
    onDishonestDebtorList: z.boolean(),
    rectifications: list,
    activities: list,
    disclosures: list,
    objections: list,
    corrections: byKey,
    erasures: byKey,
    noticesServed: list,
    partyOrganization: list,
    notResponsible: list,
    investigations: list,
    fundraisingApplications: list,
    fundraisingGrants: list,
    fundraisingPlans: list,
    servicePurchases: list,
    donationDeduction: list,
    liquidations: list,
  })
  .loose()
