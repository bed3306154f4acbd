// 有进有出: the town refers to the registrar what only the registrar can punish or deregister.
import { effects, type Rule, rule, when, where } from '../../src/index'
import { ASSESSMENT_RESULTS, FOUNDING_DOCUMENT, REVIEW_REFERRAL } from './source'
import { assessmentsOf, assessmentsWhere } from './townFilters'

/**
 * JSW-31 for one year: refer an organization assessed 不合格 in both years before `year` to the
 * registrar, which must review it within `days`. One version per year, as it reads assessments
 * by year.
 */
export function consecutiveFailRule(year: number, days: number): Rule {
  return rule({
    id: 'JSW-31',
    title: {
      zh: '连续两年考核不合格的，移送登记管理机关依法处理',
      en: 'Two failed years running: refer to the registrar',
    },
    source: { ...FOUNDING_DOCUMENT, article: ASSESSMENT_RESULTS },
    effective: { from: `${year}-01-01`, to: `${year + 1}-01-01` },
    notes: `In ${year}, reads the assessments of ${year - 2} and ${year - 1}, so the referral is dated 1 January and due ${days} days later (moved off a day off). A town cannot punish or deregister: the registrar can (处罚、注销), so the referral is the registrar's obligation, not a proposal. It stands for the year, or until the organization closes.`,
    when: when.all(
      when.active(),
      when.count(assessmentsOf(year - 2, 'fail')),
      when.count(assessmentsOf(year - 1, 'fail')),
    ),
    then: [
      effects.oblige('review_town_referral', 'registrar', {
        due: { from: 'since', period: { days } },
        title: REVIEW_REFERRAL,
      }),
    ],
  })
}

/**
 * JSW-32: refer an organization on the national abnormal list whose latest town assessment is
 * 不合格: the national record and the town's say the same.
 */
export function listedAndFailedRule(effective: Rule['effective'], days: number): Rule {
  return rule({
    id: 'JSW-32',
    title: {
      zh: '列入活动异常名录且年终考核不合格的，移送登记管理机关依法处理',
      en: 'On the abnormal list and failed the town’s assessment: refer to the registrar',
    },
    source: { ...FOUNDING_DOCUMENT, article: ASSESSMENT_RESULTS },
    effective,
    notes: `Due ${days} days from the later of the listing and the assessment. Ends with the listing, or with an assessment that is not 不合格.`,
    when: when.all(
      when.active(),
      when.onList('abnormal'),
      when.field(assessmentsWhere(['fail']), where.eq('data.result', 'fail')),
    ),
    then: [
      effects.oblige('review_town_referral', 'registrar', {
        due: { from: 'since', period: { days } },
        title: REVIEW_REFERRAL,
      }),
    ],
  })
}
