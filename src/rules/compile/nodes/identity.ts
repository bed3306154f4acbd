import type { CreditFile } from '../../../credit-file'
import type { Attribute, Condition } from '../../condition'
import type { LocalText } from '../../localText'
import { kindLabels, label } from '../labels'
import { type Node, outcome } from '../outcome'

type Kind = Extract<Condition, { kind: 'orgKind' }>
type Has = Extract<Condition, { kind: 'attribute' }>

/** `orgKind`: the organization is of one of the kinds. */
export function orgKind(condition: Kind): Node {
  const node: Node = {
    kind: 'orgKind',
    evaluate: (context) =>
      outcome(node, {
        value: context.kind !== null && condition.is.includes(context.kind),
        seqs: [],
        since: context.file.registration.opened?.on ?? null,
        changesOn: null,
        flipsOn: null,
        facts: { kind: context.kind },
      }),
    text: (found) =>
      found.facts.kind === null
        ? { zh: '组织类型不明', en: 'the kind of organization is unknown' }
        : label(kindLabels, found.facts.kind as string),
  }
  return node
}

const ATTRIBUTES: {
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
  }
}

/** `attribute`: a fact of the identity holds (charity, fundraising qualification, national level, supervising unit). */
export function attribute(condition: Has): Node {
  const node: Node = {
    kind: 'attribute',
    evaluate(context) {
      const found = attributeOf(context.file, condition.is)
      return outcome(node, { ...found, changesOn: null, flipsOn: null, facts: {} })
    },
    text: (found) => (found.value ? ATTRIBUTES[condition.is].yes : ATTRIBUTES[condition.is].no),
  }
  return node
}
