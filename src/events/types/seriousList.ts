import * as z from 'zod'
import { builtInEntryType, closedStatuses, type EntryTypeDefinition } from '../builtInEntryType'
import {
  type Enum,
  lineSchema,
  type Opt,
  provisionSchema,
  type Strict,
  seqListSchema,
  textSchema,
} from './fields'

/** Why an organization is put on the serious list: SL-01 to SL-07 in order. */
export const seriousListReasons = [
  'abnormal_two_years',
  'fraudulent_change',
  'suspension',
  'large_fine',
  'repeated_minor_penalties',
  'dishonest_debtor',
  'registration_revoked',
  'other',
] as const

/** Why an organization is on the serious list. */
export type SeriousListReason = (typeof seriousListReasons)[number]

const listedOnSeriousListData: Strict<{
  reason: Enum<SeriousListReason>
  department: z.ZodString
  basis: Opt<typeof provisionSchema>
  facts: Opt<z.ZodString>
  basedOn: Opt<typeof seqListSchema>
}> = z.strictObject({
  reason: z.enum(seriousListReasons),
  department: lineSchema,
  basis: provisionSchema.optional(),
  facts: textSchema.optional(),
  /** The entries the listing rests on, e.g. the penalties or the abnormal listing. */
  basedOn: seqListSchema.optional(),
})

/**
 * The organization was put on the serious illegal and dishonest list (严重违法失信名单). Possible
 * after revocation too, which is itself a ground (SL-07).
 */
export const listedOnSeriousList: EntryTypeDefinition<
  'ListedOnSeriousList',
  typeof listedOnSeriousListData
> = builtInEntryType({
  type: 'ListedOnSeriousList',
  data: listedOnSeriousListData,
  allowedWhen: ['revoked'],
  category: 'list',
  title: { en: 'Listed on the serious illegal and dishonest list', zh: '列入严重违法失信名单' },
})

/** Why and by whom the organization was listed. */
export type ListedOnSeriousListData = z.infer<typeof listedOnSeriousListData>

/** Why a serious listing ends: SL-09, SL-10, or because it was wrong. */
export const seriousRemovalReasons = [
  'two_years_clean',
  'deregistration_completed',
  'error_corrected',
  'objection_upheld',
  'penalty_revoked',
  'other',
] as const

/** Why a serious listing ended. */
export type SeriousRemovalReason = (typeof seriousRemovalReasons)[number]

const removedFromSeriousListData: Strict<{
  reason: Enum<SeriousRemovalReason>
  department: z.ZodString
  facts: Opt<z.ZodString>
}> = z.strictObject({
  reason: z.enum(seriousRemovalReasons),
  department: lineSchema,
  facts: textSchema.optional(),
})

/** The organization was removed from the serious list; `amends` is the listing. */
export const removedFromSeriousList: EntryTypeDefinition<
  'RemovedFromSeriousList',
  typeof removedFromSeriousListData
> = builtInEntryType({
  type: 'RemovedFromSeriousList',
  data: removedFromSeriousListData,
  amends: ['ListedOnSeriousList'],
  allowedWhen: closedStatuses,
  category: 'list',
  title: { en: 'Removed from the serious illegal and dishonest list', zh: '移出严重违法失信名单' },
})

/** Why the listing ended. */
export type RemovedFromSeriousListData = z.infer<typeof removedFromSeriousListData>
