import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { lineSchema, type Strict, textSchema } from './fields'

const appliedData: Strict<{ department: z.ZodString }> = z.strictObject({
  /** The civil-affairs department that registered the charity, to which it applied. */
  department: lineSchema,
})

/**
 * The charity applied for the public-fundraising qualification (申请公开募捐资格), its materials
 * complete on the day of `effectiveAt`: the registrar decides within 20 days (CH-02, Order 74
 * Art. 7; Charity Law Art. 22), by `PublicFundraisingQualificationGranted` or
 * `PublicFundraisingRefused`.
 */
export const publicFundraisingApplied: EntryTypeDefinition<
  'PublicFundraisingApplied',
  typeof appliedData
> = builtInEntryType({
  type: 'PublicFundraisingApplied',
  recordsPastFact: true,
  data: appliedData,
  category: 'basic',
  title: { en: 'Applied for the public-fundraising qualification', zh: '申请公开募捐资格' },
})

/** Where the charity applied. */
export type PublicFundraisingAppliedData = z.infer<typeof appliedData>

const refusedData: Strict<{ department: z.ZodString; reasons: z.ZodString }> = z.strictObject({
  department: lineSchema,
  /** The written reasons Order 74 Art. 7 requires. */
  reasons: textSchema,
})

/**
 * The registrar refused the public-fundraising qualification (不发给公开募捐资格证书, Order 74
 * Art. 7); `amends` is the application it decides (CH-02).
 */
export const publicFundraisingRefused: EntryTypeDefinition<
  'PublicFundraisingRefused',
  typeof refusedData
> = builtInEntryType({
  type: 'PublicFundraisingRefused',
  data: refusedData,
  amends: ['PublicFundraisingApplied'],
  category: 'basic',
  title: { en: 'Public-fundraising qualification refused', zh: '不予发给公开募捐资格证书' },
})

/** Who refused, and why. */
export type PublicFundraisingRefusedData = z.infer<typeof refusedData>
