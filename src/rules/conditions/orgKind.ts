import * as z from 'zod'
import { label } from '../compile/labels'
import type { LocalText } from '../localText'
import { type OrgKind, orgKinds } from '../orgKind'
import type { Enum, Frozen, List, Strict } from '../schemaTypes'
import { type ConditionModule, noInner, noIssues, noSections } from './conditionModule'

/** Checks an `orgKind` condition. */
export const orgKindSchema: Strict<{ kind: z.ZodLiteral<'orgKind'>; is: List<Enum<OrgKind>> }> =
  z.strictObject({ kind: z.literal('orgKind'), is: z.array(z.enum(orgKinds)).min(1).readonly() })

/** The organization is of one of the kinds `is`. */
export type OrgKindCondition = Frozen<z.output<typeof orgKindSchema>>

/** The organization is of one of these kinds. */
export function orgKind(...is: OrgKind[]): OrgKindCondition {
  return { kind: 'orgKind', is }
}

const KINDS: Readonly<Record<string, LocalText>> = {
  social_group: { zh: '社会团体', en: 'a social group' },
  social_service_organization: { zh: '社会服务机构', en: 'a social service organization' },
  foundation: { zh: '基金会', en: 'a foundation' },
  community_group: { zh: '社区社会组织', en: 'a filed community group' },
}

/** `orgKind`: the organization is of one of the kinds. */
export const orgKindKind: ConditionModule<'orgKind'> = {
  facts: ['kind'],
  inner: noInner,
  check: noIssues,
  checkInPolicy: noIssues,
  requires: noSections,
  compile: (condition) => (context) => ({
    value: context.kind !== null && condition.is.includes(context.kind),
    seqs: [],
    since: context.file.registration.opened?.on ?? null,
    changesOn: null,
    flipsOn: null,
    facts: { kind: context.kind },
  }),
  words: (_, found) =>
    found.facts.kind === null
      ? { zh: '组织类型不明', en: 'the kind of organization is unknown' }
      : label(KINDS, found.facts.kind as string),
}
