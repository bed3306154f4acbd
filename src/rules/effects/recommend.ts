import * as z from 'zod'
import {
  type DeregistrationReason,
  deregistrationReasons,
  type RevocationGround,
  revocationGrounds,
} from '../../events'
import type { LocalText } from '../localText'
import type { Enum, Frozen, Opt, Strict } from '../schemaTypes'
import { type EffectModule, noIssues } from './effectModule'
import { type Authored, authoredFields, type Provision, provisionSchema } from './effectParts'
import { basisOf, proposing } from './proposing'

type Author = { by: Opt<z.ZodString>; department: Opt<z.ZodString> }
type Revocation = 'certificate_revoked' | 'registration_cancelled'

/** Checks a `recommend` effect: revocation, deregistration or a ban. */
export const recommendSchema: z.ZodDiscriminatedUnion<
  [
    Strict<
      {
        kind: z.ZodLiteral<'recommend'>
        action: z.ZodLiteral<'revocation'>
        revocation: Enum<Revocation>
        ground: Enum<RevocationGround>
        basis: Opt<typeof provisionSchema>
      } & Author
    >,
    Strict<
      {
        kind: z.ZodLiteral<'recommend'>
        action: z.ZodLiteral<'deregistration'>
        reason: Enum<DeregistrationReason>
      } & Author
    >,
    Strict<
      {
        kind: z.ZodLiteral<'recommend'>
        action: z.ZodLiteral<'ban'>
        basis: Opt<typeof provisionSchema>
      } & Author
    >,
  ],
  'action'
> = z.discriminatedUnion('action', [
  z.strictObject({
    kind: z.literal('recommend'),
    action: z.literal('revocation'),
    revocation: z.enum(['certificate_revoked', 'registration_cancelled']),
    ground: z.enum(revocationGrounds),
    basis: provisionSchema.optional(),
    ...authoredFields,
  }),
  z.strictObject({
    kind: z.literal('recommend'),
    action: z.literal('deregistration'),
    reason: z.enum(deregistrationReasons),
    ...authoredFields,
  }),
  z.strictObject({
    kind: z.literal('recommend'),
    action: z.literal('ban'),
    basis: provisionSchema.optional(),
    ...authoredFields,
  }),
])

/** Recommend revoking the registration, deregistering or banning the organization; an authority decides. */
export type RecommendEffect = Frozen<z.output<typeof recommendSchema>>

/** Recommend revoking the certificate or cancelling the registration, on a ground; an authority decides. */
export function recommendRevocation(
  revocation: Revocation,
  ground: RevocationGround,
  options: Authored & { basis?: Provision } = {},
): RecommendEffect {
  return { kind: 'recommend', action: 'revocation', revocation, ground, ...options }
}

/** Recommend deregistering the organization for a reason; an authority decides. */
export function recommendDeregistration(
  reason: DeregistrationReason,
  options: Authored = {},
): RecommendEffect {
  return { kind: 'recommend', action: 'deregistration', reason, ...options }
}

/** Recommend banning the organization; an authority decides. */
export function recommendBan(options: Authored & { basis?: Provision } = {}): RecommendEffect {
  return { kind: 'recommend', action: 'ban', ...options }
}

const DEREGISTER: LocalText = { zh: '建议注销登记', en: 'Recommend deregistration' }
const BAN: LocalText = { zh: '建议取缔', en: 'Recommend banning the organization' }
const REVOKE_CERTIFICATE: LocalText = {
  zh: '建议吊销登记证书',
  en: 'Recommend revoking the registration certificate',
}
const CANCEL_REGISTRATION: LocalText = {
  zh: '建议撤销登记',
  en: 'Recommend cancelling the registration',
}

/** `recommend`: propose the entry for an authority to decide, never appended automatically. */
export const recommendKind: EffectModule<'recommend'> = {
  proposes: ['RegistrationRevoked', 'Deregistered', 'Banned'],
  check: noIssues,
  checkInPolicy: noIssues,
  decide: (effect, input) =>
    proposing(effect, input, ({ effectiveAt, department, propose }) => {
      const facts = `${input.rule.rule.title.zh}（规则${input.rule.rule.id}）`
      if (effect.action === 'revocation') {
        const data = {
          kind: effect.revocation,
          ground: effect.ground,
          facts,
          department,
          decidedOn: effectiveAt,
        }
        propose('RegistrationRevoked', { ...data, ...basisOf(effect.basis) }, 'needs_decision')
      } else if (effect.action === 'deregistration') {
        propose('Deregistered', { reason: effect.reason, department }, 'needs_decision')
      } else {
        propose(
          'Banned',
          { facts, department, decidedOn: effectiveAt, ...basisOf(effect.basis) },
          'needs_decision',
        )
      }
    }),
  words(decision) {
    const { type, data } = decision.entry
    if (type === 'Deregistered') return DEREGISTER
    if (type === 'Banned') return BAN
    return data.kind === 'certificate_revoked' ? REVOKE_CERTIFICATE : CANCEL_REGISTRATION
  },
}
