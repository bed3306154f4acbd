import * as z from 'zod'
import { isoDateSchema } from '../../time'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import {
  type Enum,
  lineSchema,
  type Opt,
  provisionSchema,
  type Strict,
  seqSchema,
  textSchema,
  yuanSchema,
} from './fields'

/** Why an organization is deregistered (DR-01, DR-04, DR-07), or that 注销 completes a revocation. */
export const deregistrationReasons = [
  'dissolution',
  'merger',
  'split',
  'purpose_accomplished',
  'cannot_continue',
  'completes_revocation',
  'other',
] as const

/** Why an organization was deregistered. */
export type DeregistrationReason = (typeof deregistrationReasons)[number]

const deregisteredData: Strict<{
  reason: Enum<DeregistrationReason>
  liquidationCompletedOn: Opt<typeof isoDateSchema>
  department: z.ZodString
}> = z.strictObject({
  reason: z.enum(deregistrationReasons),
  /** DR-01: the filing is due within 15 days after liquidation ends. */
  liquidationCompletedOn: z.optional(isoDateSchema),
  department: lineSchema,
})

/** The organization was deregistered (注销登记); the stream is closed. */
export const deregistered: EntryTypeDefinition<'Deregistered', typeof deregisteredData> =
  builtInEntryType({
    type: 'Deregistered',
    data: deregisteredData,
    allowedWhen: ['revoked'],
    category: 'basic',
    title: { en: 'Deregistered', zh: '注销登记' },
  })

/** Why and when the organization was deregistered. */
export type DeregisteredData = z.infer<typeof deregisteredData>

/** Grounds for ending a registration against the organization's will (DR-02, DR-05, DR-08, DR-11). */
export const revocationGrounds = [
  'fraud',
  'no_activity_one_year',
  'serious_violation',
  'annual_inspection',
  'supervising_unit_withdrawn',
  'continued_after_termination',
  'other',
] as const

/** A ground for revoking a registration. */
export type RevocationGround = (typeof revocationGrounds)[number]

const registrationRevokedData: Strict<{
  kind: Enum<'certificate_revoked' | 'registration_cancelled'>
  ground: Enum<RevocationGround>
  facts: z.ZodString
  department: z.ZodString
  decidedOn: typeof isoDateSchema
  basis: Opt<typeof provisionSchema>
  penalty: Opt<z.ZodNumber>
}> = z.strictObject({
  /** 吊销登记证书 (a penalty) or 撤销登记 (undoing a registration that should not stand). */
  kind: z.enum(['certificate_revoked', 'registration_cancelled']),
  ground: z.enum(revocationGrounds),
  facts: textSchema,
  department: lineSchema,
  decidedOn: isoDateSchema,
  basis: provisionSchema.optional(),
  /** The PenaltyImposed that decided it, when the revocation was recorded as a penalty too. */
  penalty: seqSchema.optional(),
})

/** The registration was revoked (吊销登记证书 or 撤销登记); the stream is closed. */
export const registrationRevoked: EntryTypeDefinition<
  'RegistrationRevoked',
  typeof registrationRevokedData
> = builtInEntryType({
  type: 'RegistrationRevoked',
  data: registrationRevokedData,
  category: 'penalty',
  title: { en: 'Registration revoked', zh: '撤销登记或吊销登记证书' },
})

/** How and why the registration was revoked. */
export type RegistrationRevokedData = z.infer<typeof registrationRevokedData>

const bannedData: Strict<{
  facts: z.ZodString
  department: z.ZodString
  decidedOn: typeof isoDateSchema
  basis: Opt<typeof provisionSchema>
  confiscated: Opt<z.ZodNumber>
}> = z.strictObject({
  facts: textSchema,
  department: lineSchema,
  decidedOn: isoDateSchema,
  basis: provisionSchema.optional(),
  /** Value of the property confiscated, in yuan (DR-13). */
  confiscated: yuanSchema.optional(),
})

/**
 * The organization was banned (取缔) for acting without registration or after revocation or
 * deregistration (DR-13).
 */
export const banned: EntryTypeDefinition<'Banned', typeof bannedData> = builtInEntryType({
  type: 'Banned',
  data: bannedData,
  allowedWhen: ['revoked', 'deregistered'],
  category: 'penalty',
  title: { en: 'Banned', zh: '取缔' },
})

/** The decision to ban. */
export type BannedData = z.infer<typeof bannedData>
