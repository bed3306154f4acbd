import * as z from 'zod'
import {
  type AbnormalListReason,
  abnormalListReasons,
  type SeriousListReason,
  seriousListReasons,
} from '../../events'
import { listingRecorded } from '../compile/recorded'
import type { LocalText } from '../localText'
import type { Enum, Frozen, Opt, Strict } from '../schemaTypes'
import { type EffectModule, noIssues } from './effectModule'
import {
  type Authored,
  authoredFields,
  type Mode,
  modeSchema,
  type Provision,
  provisionSchema,
} from './effectParts'
import { basisOf, proposing } from './proposing'

type Listing<L extends string, R extends string> = Strict<{
  kind: z.ZodLiteral<'list'>
  list: z.ZodLiteral<L>
  reason: Enum<R>
  mode: typeof modeSchema
  basis: Opt<typeof provisionSchema>
  by: Opt<z.ZodString>
  department: Opt<z.ZodString>
}>

/** Checks a `list` effect. */
export const listSchema: z.ZodDiscriminatedUnion<
  [Listing<'abnormal', AbnormalListReason>, Listing<'serious', SeriousListReason>],
  'list'
> = z.discriminatedUnion('list', [
  z.strictObject({
    kind: z.literal('list'),
    list: z.literal('abnormal'),
    reason: z.enum(abnormalListReasons),
    mode: modeSchema,
    basis: provisionSchema.optional(),
    ...authoredFields,
  }),
  z.strictObject({
    kind: z.literal('list'),
    list: z.literal('serious'),
    reason: z.enum(seriousListReasons),
    mode: modeSchema,
    basis: provisionSchema.optional(),
    ...authoredFields,
  }),
])

/** Put the organization on a list for a reason of that list. */
export type ListEffect = Frozen<z.output<typeof listSchema>>

type Options = Authored & { readonly mode: Mode; basis?: Provision }

/** Put the organization on a list, citing the entries behind the decision in `basedOn`. */
export function list(list: 'abnormal', reason: AbnormalListReason, options: Options): ListEffect
export function list(list: 'serious', reason: SeriousListReason, options: Options): ListEffect
export function list(list: 'abnormal' | 'serious', reason: string, options: Options): ListEffect {
  return { kind: 'list', list, reason, ...options } as ListEffect
}

const LISTED: { readonly [L in ListEffect['list']]: LocalText } = {
  abnormal: { zh: '列入活动异常名录', en: 'List on the abnormal-activities list' },
  serious: { zh: '列入严重违法失信名单', en: 'List on the serious illegal and dishonest list' },
}

/**
 * `list`: propose the listing, unless a stay on the list for the same reason and the same
 * entries is in force; held back while one is, it takes effect once that stay ended.
 */
export const listKind: EffectModule<'list'> = {
  proposes: ['ListedOnAbnormalList', 'ListedOnSeriousList'],
  check: noIssues,
  checkInPolicy: noIssues,
  decide: (effect, input) =>
    proposing(effect, input, ({ file, at, effectiveAt, department, base, bounds, propose }) => {
      const seqs = base.inputs
      if (listingRecorded(file, at, effect.list, effect.reason, seqs, bounds)) return
      const on = bounds.since !== null && bounds.since > effectiveAt ? bounds.since : effectiveAt
      const basedOn =
        seqs.length === 0 ? {} : { basedOn: seqs.length > 1000 ? seqs.slice(0, 1000) : seqs }
      propose(
        effect.list === 'abnormal' ? 'ListedOnAbnormalList' : 'ListedOnSeriousList',
        { reason: effect.reason, department, ...basisOf(effect.basis), ...basedOn },
        effect.mode,
        undefined,
        on,
      )
    }),
  words: (decision) =>
    decision.entry.type === 'ListedOnSeriousList' ? LISTED.serious : LISTED.abnormal,
}
