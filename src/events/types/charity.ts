import * as z from 'zod'
import { isoDateSchema } from '../../time'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, provisionSchema, type Strict, textSchema } from './fields'

const charityRecognizedData: Strict<{
  department: z.ZodString
  nationalLevel: z.ZodBoolean
}> = z.strictObject({
  /** The civil-affairs department that recognised it. */
  department: lineSchema,
  /** True for a charity whose registrar is the Ministry of Civil Affairs (全国性慈善组织). */
  nationalLevel: z.boolean(),
})

/** The organization was recognised as a charity (认定为慈善组织), on the day of `effectiveAt`. */
export const charityRecognized: EntryTypeDefinition<
  'CharityRecognized',
  typeof charityRecognizedData
> = builtInEntryType({
  type: 'CharityRecognized',
  data: charityRecognizedData,
  category: 'basic',
  title: { en: 'Recognised as a charity', zh: '认定为慈善组织' },
})

/** Who recognised the charity and at which level. */
export type CharityRecognizedData = z.infer<typeof charityRecognizedData>

const fundraisingGrantedData: Strict<{
  department: z.ZodString
  validTo: Opt<typeof isoDateSchema>
}> = z.strictObject({
  department: lineSchema,
  /** Only where the certificate states an end; the 2024 measures set none. */
  validTo: z.optional(isoDateSchema),
})

/** The charity obtained the public-fundraising qualification (公开募捐资格); its number is `ref`. */
export const publicFundraisingQualificationGranted: EntryTypeDefinition<
  'PublicFundraisingQualificationGranted',
  typeof fundraisingGrantedData
> = builtInEntryType({
  type: 'PublicFundraisingQualificationGranted',
  data: fundraisingGrantedData,
  category: 'basic',
  title: { en: 'Public-fundraising qualification granted', zh: '取得公开募捐资格' },
})

/** Who granted the fundraising qualification. */
export type PublicFundraisingQualificationGrantedData = z.infer<typeof fundraisingGrantedData>

/** Why a fundraising qualification ends: CH-07 revocation, lost conditions, or closure. */
export const fundraisingRevocationReasons = [
  'violation',
  'conditions_unmet',
  'organization_closed',
  'other',
] as const

/** Why a fundraising qualification was revoked. */
export type FundraisingRevocationReason = (typeof fundraisingRevocationReasons)[number]

const fundraisingRevokedData: Strict<{
  reason: Enum<FundraisingRevocationReason>
  facts: Opt<z.ZodString>
  department: z.ZodString
  basis: Opt<typeof provisionSchema>
}> = z.strictObject({
  reason: z.enum(fundraisingRevocationReasons),
  facts: textSchema.optional(),
  department: lineSchema,
  basis: provisionSchema.optional(),
})

/**
 * The public-fundraising certificate was revoked (吊销公开募捐资格证书, CH-07): fundraising
 * must stop, and no new application is possible for five years.
 */
export const publicFundraisingQualificationRevoked: EntryTypeDefinition<
  'PublicFundraisingQualificationRevoked',
  typeof fundraisingRevokedData
> = builtInEntryType({
  type: 'PublicFundraisingQualificationRevoked',
  data: fundraisingRevokedData,
  category: 'penalty',
  title: { en: 'Public-fundraising qualification revoked', zh: '吊销公开募捐资格' },
})

/** Why the fundraising qualification was revoked. */
export type PublicFundraisingQualificationRevokedData = z.infer<typeof fundraisingRevokedData>
