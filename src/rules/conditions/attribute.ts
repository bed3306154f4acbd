import * as z from 'zod'
import type { CreditFile } from '../../credit-file'
import type { LocalText } from '../localText'
import type { Enum, Frozen, Strict } from '../schemaTypes'
import { type ConditionModule, noInner, noIssues, noSections } from './conditionModule'

const attributes = [
  'charity',
  'public_fundraising',
  'national_level',
  'supervising_unit',
  'public_foundation',
  'non_public_foundation',
] as const

/** Facts of the identity a condition can test. */
export type Attribute = (typeof attributes)[number]

/** Checks an `attribute` condition. */
export const attributeSchema: Strict<{ kind: z.ZodLiteral<'attribute'>; is: Enum<Attribute> }> =
  z.strictObject({ kind: z.literal('attribute'), is: z.enum(attributes) })

/** A fact of the organization's identity holds on the date. */
export type AttributeCondition = Frozen<z.output<typeof attributeSchema>>

/** The organization is a charity, holds the fundraising qualification, is national, has a supervising unit, or is a public or non-public foundation. */
export function attribute(is: Attribute): AttributeCondition {
  return { kind: 'attribute', is }
}

const WORDS: {
  readonly [A in Attribute]: { readonly yes: LocalText; readonly no: LocalText }
} = {
  charity: {
    yes: { zh: '慈善组织', en: 'a charity' },
    no: { zh: '非慈善组织', en: 'not a charity' },
  },
  public_fundraising: {
    yes: { zh: '具有公开募捐资格', en: 'holds the public-fundraising qualification' },
    no: { zh: '不具有公开募捐资格', en: 'does not hold the public-fundraising qualification' },
  },
  national_level: {
    yes: { zh: '全国性社会组织', en: 'a national-level organization' },
    no: { zh: '非全国性社会组织', en: 'not a national-level organization' },
  },
  supervising_unit: {
    yes: { zh: '有业务主管单位', en: 'has a supervising unit' },
    no: { zh: '无业务主管单位', en: 'has no supervising unit' },
  },
  public_foundation: {
    yes: { zh: '公募基金会', en: 'a public foundation' },
    no: { zh: '未登记为公募基金会', en: 'not registered as a public foundation' },
  },
  non_public_foundation: {
    yes: { zh: '非公募基金会', en: 'a non-public foundation' },
    no: { zh: '未登记为非公募基金会', en: 'not registered as a non-public foundation' },
  },
}

function attributeOf(
  file: CreditFile,
  is: Attribute,
): { value: boolean; since: string | null; seqs: number[] } {
  const identity = file.identity
  switch (is) {
    case 'charity':
      return { value: identity.charity, since: identity.charitySince, seqs: [] }
    case 'public_fundraising': {
      const fundraising = identity.publicFundraising
      const since = fundraising.held ? fundraising.since : fundraising.revokedOn
      return {
        value: fundraising.held,
        since,
        seqs: fundraising.seq === null ? [] : [fundraising.seq],
      }
    }
    case 'national_level':
      return { value: identity.nationalLevel, since: null, seqs: [] }
    case 'supervising_unit':
      return { value: identity.supervisingUnit !== null, since: null, seqs: [] }
    case 'public_foundation':
    case 'non_public_foundation':
      return { value: identity.foundationKind === is, since: null, seqs: [] }
  }
}

/** `attribute`: a fact of the identity holds (charity, fundraising qualification, national level, supervising unit, foundation kind). */
export const attributeKind: ConditionModule<'attribute'> = {
  facts: [],
  inner: noInner,
  check: noIssues,
  checkInPolicy: noIssues,
  requires: noSections,
  compile: (condition) => (context) => ({
    ...attributeOf(context.file, condition.is),
    changesOn: null,
    flipsOn: null,
    facts: {},
  }),
  words: (condition, found) => (found.value ? WORDS[condition.is].yes : WORDS[condition.is].no),
}
