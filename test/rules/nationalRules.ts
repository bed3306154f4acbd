import type { RuleSource } from '../../src/rules/citation'
import { effects } from '../../src/rules/effects'
import type { Predicate } from '../../src/rules/entryFilter'
import type { Rule } from '../../src/rules/rule'
import { rule } from '../../src/rules/rule'
import { when } from '../../src/rules/when'
import { entries, where } from '../../src/rules/where'

// A handful of real national rules (rules.md sections B2-B9), written with the builders as
// stage 2 will write the whole pack. They exercise every kind of condition and effect.

const ORDER_60: RuleSource = {
  instrument: '《社会组织信用信息管理办法》',
  confidence: 'V-sec',
  cite: { zh: '《社会组织信用信息管理办法》', en: 'Order 60' },
}
const ORDER_39: RuleSource = {
  instrument: '《社会组织评估管理办法》',
  article: '第二十八条',
  confidence: 'V',
  cite: { zh: '《社会组织评估管理办法》第二十八条', en: 'Order 39, Art. 28' },
}

/** A warning, or a fine under 50,000 yuan (AB-05, SL-05). */
export const minorPenalty: Predicate = where.any(
  where.sanction('warning'),
  where.sanction('fine', where.lt('amount', 50000)),
)

/** SL-01 / AB-12: a full 2 years on the abnormal list moves the organization to the serious list. */
export const SL01: Rule = rule({
  id: 'SL-01',
  title: {
    zh: '列入活动异常名录满2年的，列入严重违法失信名单',
    en: 'Two full years on the abnormal list: serious list',
  },
  source: ORDER_60,
  effective: { from: '2018-01-24' },
  when: when.listedFor('abnormal', { years: 2 }),
  then: effects.escalate({ mode: 'automatic' }),
})

/** SL-05: two or more warnings or small fines within 3 years, one of them not yet acted on. */
export const SL05: Rule = rule({
  id: 'SL-05',
  title: {
    zh: '3年内累计受到2次以上警告或5万元以下罚款',
    en: 'Two or more warnings or small fines within 3 years',
  },
  source: ORDER_60,
  effective: { from: '2018-01-24' },
  when: when.all(
    when.count(
      entries.penalties({
        standing: true,
        where: minorPenalty,
        label: { zh: '警告或5万元以下罚款', en: 'warnings or fines under 50,000 yuan' },
      }),
      { window: { years: 3 }, atLeast: 2 },
    ),
    when.count(
      entries.penalties({
        standing: true,
        where: minorPenalty,
        notBasisOf: 'serious',
        label: { zh: '其中尚未据以列入名单的', en: 'of them not yet acted on' },
      }),
      {
        window: { years: 3 },
      },
    ),
  ),
  then: [effects.list('serious', 'repeated_minor_penalties', { mode: 'needs_decision' })],
})

/** AB-01: the annual report not filed by its due day lists the organization (if not listed already). */
export const AB01: Rule = rule({
  id: 'AB-01',
  title: {
    zh: '未按时报送年度工作报告的，列入活动异常名录',
    en: 'Annual report not filed on time: abnormal list',
  },
  source: ORDER_60,
  effective: { from: '2018-01-24' },
  appliesTo: ['social_group', 'social_service_organization', 'foundation'],
  when: when.all(when.active(), when.reportOverdue(), when.not(when.onList('abnormal'))),
  then: [effects.list('abnormal', 'annual_report_missing', { mode: 'automatic' })],
})

/** AB-10: a report-missing listing whose report has since been filed is removed within 5 working days. */
export const AB10: Rule = rule({
  id: 'AB-10',
  title: {
    zh: '履行报告义务后移出活动异常名录',
    en: 'Report filed: remove from the abnormal list',
  },
  source: { ...ORDER_60, confidence: 'V-sec' },
  effective: { from: '2018-01-24' },
  when: when.all(
    when.onList('abnormal', { reasons: ['annual_report_missing'] }),
    when.not(when.reportOverdue()),
  ),
  then: [
    effects.remove('abnormal', 'obligation_fulfilled', {
      mode: 'needs_decision',
      listed: ['annual_report_missing'],
    }),
    effects.oblige('remove_from_list', 'registrar', { due: { from: 'since', workingDays: 5 } }),
  ],
})

/** AI-01: a social group files the annual report for last year by 31 May. */
export const AI01: Rule = rule({
  id: 'AI-01',
  title: {
    zh: '社会团体每年5月31日前报送上一年度工作报告',
    en: 'Social groups file last year’s report by 31 May',
  },
  source: { instrument: '《社会团体登记管理条例》', article: '第二十八条', confidence: 'V' },
  effective: { from: '2016-02-06' },
  appliesTo: ['social_group'],
  when: when.all(when.active(), when.reportDue()),
  then: [
    effects.oblige('file_annual_report', 'organization', { due: { from: 'due' }, done: 'filedOn' }),
  ],
})

/** EV-13 / JR-05: a valid grade of 3A or better gives priority for purchase of services and rewards. */
export const EV13: Rule = rule({
  id: 'EV-13',
  title: {
    zh: '评估等级3A以上的优先获得政府购买服务和奖励',
    en: '3A and above: priority for government purchase and rewards',
  },
  source: ORDER_39,
  effective: { from: '2011-03-01' },
  when: when.all(when.grade({ atLeast: '3A', valid: true }), when.not(when.onList('serious'))),
  then: [effects.grant('government_purchase'), effects.grant('commendation')],
})

/** EV-17: two consecutive years basically qualified lowers the grade one step, with a 2-year cool-off. */
export const EV17: Rule = rule({
  id: 'EV-17',
  title: {
    zh: '连续2年年检基本合格的，降低评估等级',
    en: 'Basically qualified two years running: downgrade',
  },
  source: { ...ORDER_39, article: '第三十条' },
  effective: { from: '2011-03-01', to: '2026-03-01' },
  when: when.all(
    when.grade({ valid: true }),
    when.inspections(['basically_qualified'], 2),
    when.none(entries.gradeHistory({ where: where.in('event', ['downgraded', 'cancelled']) }), {
      years: 1,
    }),
  ),
  then: [
    effects.downgrade('consecutive_basically_qualified', {
      mode: 'needs_decision',
      coolOff: { years: 2 },
    }),
  ],
})

/** JR-01: on the serious list, no government funding. */
export const JR01: Rule = rule({
  id: 'JR-01',
  title: {
    zh: '列入严重违法失信名单的，不给予资金支持',
    en: 'Serious list: no government funding',
  },
  source: ORDER_60,
  effective: { from: '2018-01-24' },
  when: when.onList('serious'),
  then: [effects.bar('funding'), effects.bar('government_purchase')],
})

/** Every example rule. */
export const nationalRules: readonly Rule[] = [SL01, SL05, AB01, AB10, AI01, EV13, EV17, JR01]
