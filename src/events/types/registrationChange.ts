import * as z from 'zod'
import { isoDateSchema } from '../../time'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import {
  type Enum,
  lineSchema,
  type Opt,
  provisionSchema,
  type Strict,
  textSchema,
  yuanSchema,
} from './fields'

/** The registered particulars a change registration (变更登记) can alter. */
export const changeFields = [
  'name',
  'domicile',
  'registered_funds',
  'scope',
  'supervising_unit',
  'registrar',
  'legal_representative',
  'charter',
  'other',
  'foundation_kind',
] as const

/** A registered particular a change registration can alter. */
export type ChangeField = (typeof changeFields)[number]

const valueSchema: z.ZodUnion<readonly [z.ZodString, z.ZodNumber]> = z.union([
  z.string().min(1).max(4000),
  yuanSchema,
])

const changeSchema: Strict<{
  field: Enum<ChangeField>
  before: Opt<typeof valueSchema>
  after: Opt<typeof valueSchema>
}> = z
  .strictObject({
    field: z.enum(changeFields),
    before: valueSchema.optional(),
    after: valueSchema.optional(),
  })
  .superRefine((change, context) => {
    const personal = change.field === 'legal_representative'
    for (const side of ['before', 'after'] as const) {
      const value = change[side]
      if (personal && value !== undefined) {
        context.addIssue({
          code: 'custom',
          path: [side],
          message: 'name the legal representative in the entry’s personal data, not here',
        })
      }
      const funds = change.field === 'registered_funds'
      if (value !== undefined && (typeof value === 'number') !== funds) {
        context.addIssue({
          code: 'custom',
          path: [side],
          message: funds ? 'registered funds are whole yuan' : 'write the particular as text',
        })
      }
    }
    // A foundation's kind changes only between the two kinds the Foundation Regulations know.
    for (const side of ['before', 'after'] as const) {
      const value = change[side]
      if (change.field === 'foundation_kind' && value !== undefined) {
        if (value !== 'public_foundation' && value !== 'non_public_foundation') {
          context.addIssue({
            code: 'custom',
            path: [side],
            message: 'a foundation is public_foundation or non_public_foundation',
          })
        }
      }
    }
    // Only a supervising unit can be dropped (as in the 2019 decoupling of trade associations).
    if (!personal && change.field !== 'supervising_unit' && change.after === undefined) {
      context.addIssue({ code: 'custom', path: ['after'], message: 'say what the field became' })
    }
  })

const registrationChangedData: Strict<{
  changes: z.ZodArray<typeof changeSchema>
}> = z.strictObject({ changes: z.array(changeSchema).min(1).max(20) })

/**
 * A change registration (变更登记) took effect. A change of legal representative is marked
 * by its field alone; the people go in the entry's personal data. `foundation_kind` records a
 * foundation turning public or non-public (`public_foundation`, `non_public_foundation`;
 * 基金会管理条例 Arts. 3, 15).
 */
export const registrationChanged: EntryTypeDefinition<
  'RegistrationChanged',
  typeof registrationChangedData
> = builtInEntryType({
  type: 'RegistrationChanged',
  data: registrationChangedData,
  category: 'basic',
  title: { en: 'Registration changed', zh: '变更登记' },
})

/** The particulars a change registration altered. */
export type RegistrationChangedData = z.infer<typeof registrationChangedData>

const changeRegistrationRevokedData: Strict<{
  ground: Enum<'fraud' | 'other'>
  facts: z.ZodString
  department: z.ZodString
  decidedOn: typeof isoDateSchema
  basis: Opt<typeof provisionSchema>
}> = z.strictObject({
  /** `fraud`: obtained by concealing facts or by false material, the SL-02 ground. */
  ground: z.enum(['fraud', 'other']),
  facts: textSchema,
  department: lineSchema,
  decidedOn: isoDateSchema,
  basis: provisionSchema.optional(),
})

/** A change registration was revoked (撤销变更登记); `amends` is the RegistrationChanged. */
export const changeRegistrationRevoked: EntryTypeDefinition<
  'ChangeRegistrationRevoked',
  typeof changeRegistrationRevokedData
> = builtInEntryType({
  type: 'ChangeRegistrationRevoked',
  data: changeRegistrationRevokedData,
  amends: ['RegistrationChanged'],
  category: 'basic',
  title: { en: 'Change registration revoked', zh: '撤销变更登记' },
})

/** Why a change registration was revoked. */
export type ChangeRegistrationRevokedData = z.infer<typeof changeRegistrationRevokedData>
