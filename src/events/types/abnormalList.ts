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

/** Why an organization is put on the abnormal-activities list: AB-01 to AB-07 in order. */
export const abnormalListReasons = [
  'annual_report_missing',
  'no_party_organization',
  'rectification_overdue',
  'fundraising_conditions_unmet',
  'warning_or_small_fine',
  'unreachable',
  'other',
] as const

/** Why an organization is on the abnormal-activities list. */
export type AbnormalListReason = (typeof abnormalListReasons)[number]

const listedOnAbnormalListData: Strict<{
  reason: Enum<AbnormalListReason>
  department: z.ZodString
  basis: Opt<typeof provisionSchema>
  facts: Opt<z.ZodString>
  basedOn: Opt<typeof seqListSchema>
}> = z.strictObject({
  reason: z.enum(abnormalListReasons),
  department: lineSchema,
  basis: provisionSchema.optional(),
  facts: textSchema.optional(),
  /** The entries the listing rests on, e.g. the penalty or the overdue rectification order. */
  basedOn: seqListSchema.optional(),
})

/** The organization was put on the abnormal-activities list (活动异常名录) on `effectiveAt`. */
export const listedOnAbnormalList: EntryTypeDefinition<
  'ListedOnAbnormalList',
  typeof listedOnAbnormalListData
> = builtInEntryType({
  type: 'ListedOnAbnormalList',
  data: listedOnAbnormalListData,
  category: 'list',
  title: { en: 'Listed on the abnormal-activities list', zh: '列入活动异常名录' },
})

/** Why and by whom the organization was listed. */
export type ListedOnAbnormalListData = z.infer<typeof listedOnAbnormalListData>

/**
 * Why a listing ends: the obligation was met (AB-10), the rectification done, the period ran
 * out (AB-11), the listing moved to the serious list (AB-12), or it was wrong.
 */
export const abnormalRemovalReasons = [
  'obligation_fulfilled',
  'rectified',
  'expired',
  'escalated',
  'error_corrected',
  'objection_upheld',
  'penalty_revoked',
  'other',
] as const

/** Why an abnormal listing ended. */
export type AbnormalRemovalReason = (typeof abnormalRemovalReasons)[number]

const removedFromAbnormalListData: Strict<{
  reason: Enum<AbnormalRemovalReason>
  department: z.ZodString
  facts: Opt<z.ZodString>
}> = z.strictObject({
  reason: z.enum(abnormalRemovalReasons),
  department: lineSchema,
  facts: textSchema.optional(),
})

/** The organization was removed from the abnormal list; `amends` is the listing. */
export const removedFromAbnormalList: EntryTypeDefinition<
  'RemovedFromAbnormalList',
  typeof removedFromAbnormalListData
> = builtInEntryType({
  type: 'RemovedFromAbnormalList',
  data: removedFromAbnormalListData,
  amends: ['ListedOnAbnormalList'],
  allowedWhen: closedStatuses,
  category: 'list',
  title: { en: 'Removed from the abnormal-activities list', zh: '移出活动异常名录' },
})

/** Why the listing ended. */
export type RemovedFromAbnormalListData = z.infer<typeof removedFromAbnormalListData>
