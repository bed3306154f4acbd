import * as z from 'zod'

/** A person named in an entry: held beside the ledger, never inside a leaf. */
export const personSchema: z.ZodObject<{
  role: z.ZodString
  name: z.ZodString
  idNumber: z.ZodOptional<z.ZodString>
}> = z.strictObject({
  /** e.g. `legal_representative`, `council_member`, `contact`, `responsible_person`. */
  role: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  idNumber: z.string().min(1).max(64).optional(),
})

/** A person named in an entry. */
export type Person = z.infer<typeof personSchema>

/** A field of a person that is committed to, and may be shown, on its own. */
export type PersonField = keyof Person

/** The people an entry names: what `erasePersonalData` removes. */
export const personalDataSchema: z.ZodArray<typeof personSchema> = z
  .array(personSchema)
  .min(1)
  .max(200)

/** The people an entry names. */
export type PersonalData = z.infer<typeof personalDataSchema>
