import * as z from 'zod'
import { builtInEntryType, closedStatuses, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, type Opt, type Strict, textSchema } from './fields'

const entryCorrectedData: Strict<{
  fields: z.ZodRecord<z.ZodString, z.ZodUnknown>
  reason: z.ZodString
}> = z.strictObject({
  /**
   * The corrected payload fields of the amended entry, with their right values; the entry's
   * data with these merged in must still pass its type's schema (see `correctEntryData`).
   */
  fields: z
    .record(z.string().min(1), z.unknown())
    .refine((fields) => Object.keys(fields).length > 0, 'name at least one corrected field'),
  reason: textSchema,
})

/**
 * Fields of an earlier entry were wrong and are corrected (更正); `amends` is that entry. The
 * entry itself stays in the ledger; views show the corrected values.
 */
export const entryCorrected: EntryTypeDefinition<'EntryCorrected', typeof entryCorrectedData> =
  builtInEntryType({
    type: 'EntryCorrected',
    data: entryCorrectedData,
    amends: 'any',
    allowedWhen: closedStatuses,
    category: 'record',
    title: { en: 'Entry corrected', zh: '信息更正' },
  })

/** The corrected fields and why. */
export type EntryCorrectedData = z.infer<typeof entryCorrectedData>

/** Why an entry is retracted. */
export const retractionGrounds = ['error', 'duplicate', 'objection_upheld', 'other'] as const

/** Why an entry was retracted. */
export type RetractionGround = (typeof retractionGrounds)[number]

const entryRetractedData: Strict<{
  ground: Enum<RetractionGround>
  reason: z.ZodString
}> = z.strictObject({ ground: z.enum(retractionGrounds), reason: textSchema })

/**
 * An earlier entry should never have been recorded (撤回); `amends` is that entry. Views treat
 * it as absent; the ledger keeps both.
 */
export const entryRetracted: EntryTypeDefinition<'EntryRetracted', typeof entryRetractedData> =
  builtInEntryType({
    type: 'EntryRetracted',
    data: entryRetractedData,
    amends: 'any',
    allowedWhen: closedStatuses,
    category: 'record',
    title: { en: 'Entry retracted', zh: '信息撤回' },
  })

/** Why the entry was retracted. */
export type EntryRetractedData = z.infer<typeof entryRetractedData>

const personalDataErasedData: Strict<{
  basis: z.ZodString
  requestedBy: Opt<Enum<'data_subject' | 'authority' | 'retention_policy'>>
}> = z.strictObject({
  /** The legal ground, e.g. 《个人信息保护法》第四十七条. */
  basis: textSchema,
  requestedBy: z.enum(['data_subject', 'authority', 'retention_policy']).optional(),
})

/**
 * The people named beside an earlier entry were erased (个人信息删除); `amends` is that entry.
 * Its leaf hash still verifies, because the leaf commits to the people only through a salt.
 */
export const personalDataErased: EntryTypeDefinition<
  'PersonalDataErased',
  typeof personalDataErasedData
> = builtInEntryType({
  type: 'PersonalDataErased',
  recordsPastFact: true,
  data: personalDataErasedData,
  amends: 'any',
  allowedWhen: closedStatuses,
  category: 'record',
  title: { en: 'Personal data erased', zh: '个人信息删除' },
})

/** The ground for the erasure. */
export type PersonalDataErasedData = z.infer<typeof personalDataErasedData>
