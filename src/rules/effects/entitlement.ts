import { addDaysIso } from '../../time'
import { earlier } from '../compile/dates'
import { label } from '../compile/labels'
import type { EntitlementDecision } from '../decision'
import type { LocalText } from '../localText'
import type { EffectDecisions, EffectInput } from './effectModule'

// What `grant` and `bar` share: the decision they make, and the day it ends in words.

// Benefits a rule can grant or bar; a rule may name others with a title of its own.
const BENEFITS: Readonly<Record<string, LocalText>> = {
  government_purchase: { zh: '政府购买服务', en: 'government purchase of services' },
  government_functions: {
    zh: '承接政府转移职能和委托事项',
    en: 'transfer of government functions and entrusted work',
  },
  funding: { zh: '政府资金支持', en: 'government funding' },
  commendation: { zh: '政府表彰奖励', en: 'government commendation' },
  donation_tax_deduction: {
    zh: '公益性捐赠税前扣除资格',
    en: 'donation pre-tax deduction eligibility',
  },
  public_fundraising: { zh: '公开募捐资格', en: 'public fundraising qualification' },
  simplified_inspection: { zh: '年检简化程序', en: 'simplified annual inspection' },
  evaluation: { zh: '参加社会组织评估', en: 'eligibility for evaluation' },
}

/** The entitlement a grant or a bar decides: from the day the condition held until it may stop holding. */
export function entitlement(
  effect: {
    readonly kind: 'grant' | 'bar'
    readonly benefit: string
    readonly title?: LocalText | undefined
  },
  input: EffectInput,
): EffectDecisions {
  const ends = earlier(input.found.flipsOn, input.rule.to)
  const decision: EntitlementDecision = {
    kind: 'entitlement',
    ...input.base,
    effect: effect.kind,
    benefit: effect.benefit,
    label: effect.title ?? label(BENEFITS, effect.benefit),
    from: input.start,
    until: ends === null ? null : addDaysIso(ends, -1),
  }
  return { decisions: [decision], next: null }
}

/** The day an entitlement ends, in words: ` until 2031-12-31`, or nothing while it lasts. */
export function untilWords(decision: EntitlementDecision): LocalText {
  return decision.until === null
    ? { zh: '', en: '' }
    : { zh: `至${decision.until}`, en: ` until ${decision.until}` }
}
