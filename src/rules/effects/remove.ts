import * as z from 'zod'
import {
  type AbnormalListReason,
  type AbnormalRemovalReason,
  abnormalListReasons,
  abnormalRemovalReasons,
  type SeriousListReason,
  type SeriousRemovalReason,
  seriousListReasons,
  seriousRemovalReasons,
} from '../../events'
import { sectionReaders } from '../compile/sections'
import type { LocalText } from '../localText'
import type { Enum, Frozen, List, Opt, Strict } from '../schemaTypes'
import { type EffectModule, noIssues } from './effectModule'
import { type Authored, authoredFields, type Mode, modeSchema } from './effectParts'
import { proposing } from './proposing'

type Removal<L extends string, R extends string, Listed extends string> = Strict<{
  kind: z.ZodLiteral<'remove'>
  list: z.ZodLiteral<L>
  reason: Enum<R>
  listed: Opt<List<Enum<Listed>>>
  mode: typeof modeSchema
  by: Opt<z.ZodString>
  department: Opt<z.ZodString>
}>

/** Checks a `remove` effect. */
export const removeSchema: z.ZodDiscriminatedUnion<
  [
    Removal<'abnormal', AbnormalRemovalReason, AbnormalListReason>,
    Removal<'serious', SeriousRemovalReason, SeriousListReason>,
  ],
  'list'
> = z.discriminatedUnion('list', [
  z.strictObject({
    kind: z.literal('remove'),
    list: z.literal('abnormal'),
    reason: z.enum(abnormalRemovalReasons),
    listed: z.array(z.enum(abnormalListReasons)).min(1).readonly().optional(),
    mode: modeSchema,
    ...authoredFields,
  }),
  z.strictObject({
    kind: z.literal('remove'),
    list: z.literal('serious'),
    reason: z.enum(seriousRemovalReasons),
    listed: z.array(z.enum(seriousListReasons)).min(1).readonly().optional(),
    mode: modeSchema,
    ...authoredFields,
  }),
])

/** End the open stays on a list, of the `listed` reasons if given. */
export type RemoveEffect = Frozen<z.output<typeof removeSchema>>

type Options = Authored & { readonly mode: Mode }

/** End every open stay on the list (of the `listed` reasons), one proposal per stay. */
export function remove(
  list: 'abnormal',
  reason: AbnormalRemovalReason,
  options: Options & { listed?: readonly AbnormalListReason[] },
): RemoveEffect
export function remove(
  list: 'serious',
  reason: SeriousRemovalReason,
  options: Options & { listed?: readonly SeriousListReason[] },
): RemoveEffect
export function remove(
  list: 'abnormal' | 'serious',
  reason: string,
  options: Options & { listed?: readonly string[] },
): RemoveEffect {
  return { kind: 'remove', list, reason, ...options } as RemoveEffect
}

const REMOVED: { readonly [L in RemoveEffect['list']]: LocalText } = {
  abnormal: { zh: '移出活动异常名录', en: 'Remove from the abnormal-activities list' },
  serious: { zh: '移出严重违法失信名单', en: 'Remove from the serious illegal and dishonest list' },
}

/** `remove`: propose a removal for every stay open on the date, each amending its listing. */
export const removeKind: EffectModule<'remove'> = {
  proposes: ['RemovedFromAbnormalList', 'RemovedFromSeriousList'],
  check: noIssues,
  checkInPolicy: noIssues,
  decide: (effect, input) =>
    proposing(effect, input, ({ file, at, department, propose }) => {
      const section = sectionReaders[effect.list === 'abnormal' ? 'abnormalList' : 'seriousList']
      const type = effect.list === 'abnormal' ? 'RemovedFromAbnormalList' : 'RemovedFromSeriousList'
      const listed = effect.listed as readonly string[] | undefined
      for (const stay of section.items(file)) {
        const removedOn = stay.removedOn as string | null
        if ((stay.listedOn as string) > at || (removedOn !== null && removedOn <= at)) continue
        if (listed !== undefined && !listed.includes(stay.reason as string)) continue
        propose(type, { reason: effect.reason, department }, effect.mode, stay.listingSeq as number)
      }
    }),
  words: (decision) =>
    decision.entry.type === 'RemovedFromSeriousList' ? REMOVED.serious : REMOVED.abnormal,
}
