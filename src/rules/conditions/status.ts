import * as z from 'zod'
import type { OrganizationStatus } from '../../events'
import { closureAt } from '../compile/closureAt'
import type { LocalText } from '../localText'
import type { Enum, Frozen, List, Strict } from '../schemaTypes'
import { type ConditionModule, noInner, noIssues, noSections } from './conditionModule'

/** Checks a `status` condition. */
export const statusSchema: Strict<{
  kind: z.ZodLiteral<'status'>
  is: List<Enum<OrganizationStatus>>
}> = z.strictObject({
  kind: z.literal('status'),
  is: z
    .array(z.enum(['active', 'deregistered', 'revoked', 'banned']))
    .min(1)
    .readonly(),
})

/** The stream's status on the date is one of `is`. */
export type Status = Frozen<z.output<typeof statusSchema>>

/** The stream's status on the date is one of these. */
export function status(...is: OrganizationStatus[]): Status {
  return { kind: 'status', is }
}

/** The organization is active (not deregistered, revoked or banned) on the date. */
export function active(): Status {
  return { kind: 'status', is: ['active'] }
}

const CLOSED_BY: Readonly<Record<string, LocalText>> = {
  Deregistered: { zh: '注销登记', en: 'deregistered' },
  RegistrationRevoked: { zh: '撤销登记或吊销登记证书', en: 'registration revoked' },
  PenaltyImposed: { zh: '吊销登记证书', en: 'certificate revoked by penalty' },
  Banned: { zh: '被取缔', en: 'banned' },
}

/**
 * `status`: where the stream stands on the date, from the closures effective by then. Cites the
 * closing entry; being active, like the other facts of identity, rests on no particular entry.
 */
export const statusKind: ConditionModule<'status'> = {
  facts: ['status', 'closedOn', 'closedBy'],
  inner: noInner,
  check: noIssues,
  checkInPolicy: noIssues,
  requires: noSections,
  compile: (condition) => (context) => {
    const { closure, bounds } = closureAt(context.file, context.at)
    return {
      value: condition.is.includes(closure?.status ?? 'active'),
      seqs: closure === null ? [] : [closure.seq],
      since: bounds.since ?? context.file.registration.opened?.on ?? null,
      changesOn: bounds.change,
      flipsOn: bounds.change,
      facts: {
        status: closure?.status ?? 'active',
        closedOn: closure?.on ?? null,
        closedBy: closure?.type ?? null,
      },
    }
  },
  words(_, found) {
    const by = found.facts.closedBy as string | null
    if (by === null) return { zh: '登记状态正常', en: 'the organization is active' }
    const what = CLOSED_BY[by] ?? { zh: by, en: by }
    return { zh: `${found.facts.closedOn}${what.zh}`, en: `${what.en} on ${found.facts.closedOn}` }
  },
}
