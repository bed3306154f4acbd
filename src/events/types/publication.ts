import * as z from 'zod'
import { calendarPeriodSchema, isoDateSchema } from '../../time'
import { builtInEntryType, closedStatuses, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, type Opt, type Strict, sha256HexSchema, textSchema } from './fields'

/** Why publication ends: the policy's window ran out, or credit repair (RP-02) ended it early. */
export const publicationEndGrounds = ['window_elapsed', 'credit_repair', 'other'] as const

/** Why an entry stopped being public. */
export type PublicationEndGround = (typeof publicationEndGrounds)[number]

const publicationEndedData: Strict<{
  ground: Enum<PublicationEndGround>
  rule: z.ZodString
  policy: z.ZodString
  window: typeof calendarPeriodSchema
  from: typeof isoDateSchema
  reason: Opt<z.ZodString>
}> = z.strictObject({
  ground: z.enum(publicationEndGrounds),
  /** The id of the disclosure policy's window rule, e.g. `rp02-general-penalty`. */
  rule: z.string().min(1).max(64),
  /** The content hash of the disclosure policy that set the window. */
  policy: sha256HexSchema,
  /** How long the entry was to stay public. */
  window: calendarPeriodSchema,
  /** The day the window was counted from: the decision, the effective day, or the removal. */
  from: isoDateSchema,
  reason: textSchema.optional(),
})

/**
 * The entry that `amends` names stops being public on `effectiveAt` (停止公示). Nothing is
 * deleted: the entry stays in the ledger and in the authorities' view; public reports from
 * that day on leave it out.
 */
export const publicationEnded: EntryTypeDefinition<
  'PublicationEnded',
  typeof publicationEndedData
> = builtInEntryType({
  type: 'PublicationEnded',
  data: publicationEndedData,
  amends: 'any',
  allowedWhen: closedStatuses,
  category: 'record',
  title: { en: 'Publication ended', zh: '停止公示' },
})

/** Which window ended, under which policy. */
export type PublicationEndedData = z.infer<typeof publicationEndedData>
