import * as z from 'zod'
import { isoDateSchema } from '../../time'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, type Strict, textSchema } from './fields'

/**
 * How a notice reached, or was meant to reach, the organization: a special letter (专用信函,
 * the channel AB-06 counts), a registered letter (挂号信), in person, a public announcement,
 * or electronically.
 */
export const noticeChannels = [
  'special_letter',
  'registered_letter',
  'in_person',
  'announcement',
  'electronic',
  'other',
] as const

/** The channel a notice was served by. */
export type NoticeChannel = (typeof noticeChannels)[number]

/** What a notice is for: contact (as when checking whether an organization can be reached), a rectification, a hearing, a decision. */
export const noticePurposes = ['contact', 'rectification', 'hearing', 'decision', 'other'] as const

/** What a notice was served for. */
export type NoticePurpose = (typeof noticePurposes)[number]

const LETTERS: readonly NoticeChannel[] = ['special_letter', 'registered_letter']

const noticeServedData: Strict<{
  channel: Enum<NoticeChannel>
  purpose: Enum<NoticePurpose>
  address: Opt<z.ZodString>
  atRegisteredAddress: Opt<z.ZodBoolean>
  signedFor: z.ZodBoolean
  signedOn: Opt<typeof isoDateSchema>
  department: z.ZodString
  summary: Opt<z.ZodString>
}> = z
  .strictObject({
    channel: z.enum(noticeChannels),
    purpose: z.enum(noticePurposes),
    /** Where a letter was sent or a notice delivered; required for a letter. */
    address: lineSchema.optional(),
    /**
     * True when it was sent or delivered to the organization's registered domicile (登记的住所),
     * as AB-06 requires; required once `address` is given. It may stand without `address`: the
     * registered domicile is known from the registration, so a notice handed over there need
     * not restate it (a letter always names its address).
     */
    atRegisteredAddress: z.boolean().optional(),
    /** Whether the organization signed for it; false once a letter came back unsigned. */
    signedFor: z.boolean(),
    /** The day it was signed for; required when `signedFor`, absent otherwise. */
    signedOn: z.optional(isoDateSchema),
    department: lineSchema,
    summary: textSchema.optional(),
  })
  .refine((data) => !LETTERS.includes(data.channel) || data.address !== undefined, {
    message: 'a letter names the address it was sent to',
    path: ['address'],
  })
  .refine((data) => data.address === undefined || data.atRegisteredAddress !== undefined, {
    message: 'say whether the address is the registered one',
    path: ['atRegisteredAddress'],
  })
  .refine((data) => data.signedFor === (data.signedOn !== undefined), {
    message: 'a notice signed for has the day it was signed for, and only then',
    path: ['signedOn'],
  })

/**
 * A notice or letter was served on the organization (送达), sent on `effectiveAt`; its number is
 * `ref`; `atRegisteredAddress` may be given without `address`, for a notice delivered at the
 * registered domicile, which the registration already records. Two special letters to the
 * registered address that go unsigned make it unreachable
 * (AB-06, 2017 draft of Order 60 Art. 11); a notice signed for later ends that ground. A letter
 * signed for after it was recorded as unsigned is corrected (`EntryCorrected`) with
 * `signedFor` and `signedOn`.
 */
export const noticeServed: EntryTypeDefinition<'NoticeServed', typeof noticeServedData> =
  builtInEntryType({
    type: 'NoticeServed',
    recordsPastFact: true,
    data: noticeServedData,
    category: 'inspection',
    title: { en: 'Notice served', zh: '送达通知' },
  })

/** How and where the notice was served, and whether it was signed for. */
export type NoticeServedData = z.infer<typeof noticeServedData>
