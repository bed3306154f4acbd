import { type Condition, effects, entries, type Rule, rule, when, where } from '../../rules'
import type { CnPolicyParameters } from './cnPolicyParameters'
import {
  CHARITY_LAW_FROM,
  charityLaw,
  FOUNDATIONS,
  FOUNDATIONS_FROM,
  regulation,
  SOCIAL_GROUPS,
} from './sources'

// Anything the organization did in its first year counts as a sign of life: an activity, a
// disclosure or a commendation on record in that year. An annual report on file shows activity
// too, whenever it was filed, unless it states the year showed no charitable activity: it ends a
// proposal. By default the ground exists from the anniversary when nothing is on record; a
// registry whose activity records arrive only with the annual report waits until the report is
// overdue before taking their absence as a sign.
const FIRST_YEAR = { from: 'registration', period: { years: 1 } } as const
const recorded = (zh: string, en: string) => ({
  label: { zh: `记录在案的${zh}`, en: `recorded ${en}` },
})
const REPORTS_SHOWING_ACTIVITY = entries.annualReports({
  where: where.not(where.eq('showsCharitableActivity', false)),
  label: { zh: '显示开展活动的年度工作报告', en: 'annual reports showing activity' },
})

function noActivityInFirstYear(activityRecords: CnPolicyParameters['activityRecords']): Condition {
  return when.all(
    when.active(),
    when.registeredFor({ years: 1 }),
    when.none(entries.activities(recorded('活动', 'activities')), FIRST_YEAR),
    when.none(entries.disclosures(recorded('信息公开', 'disclosures')), FIRST_YEAR),
    when.none(entries.commendations(recorded('表彰', 'commendations')), FIRST_YEAR),
    when.none(REPORTS_SHOWING_ACTIVITY, { from: 'registration' }),
    ...(activityRecords === 'annual_report' ? [when.reportOverdue()] : []),
  )
}

const CHARITY_VIOLATIONS = [
  'off_mission',
  'embezzlement',
  'false_accounts',
  'disclosure_failure',
  'fundraising_violation',
  'illegal_fees_or_donations',
] as const

/**
 * B7, the ways a registration ends against the organization's will that the record can decide:
 * no activity in the first year (DR-02, DR-08), a foundation's staff costs (DR-09), a charity
 * without charitable activity (DR-10) or with repeated violations (DR-11), and activity after
 * closure (DR-13). Every one waits for the registrar's decision.
 */
export function deregistrationRules(parameters: CnPolicyParameters): Rule[] {
  const noActivity = noActivityInFirstYear(parameters.activityRecords)
  const waits =
    parameters.activityRecords === 'annual_report'
      ? 'The registry records activities only with the annual report (activityRecords), so the ' +
        'recommendation waits until the latest report due is overdue.'
      : 'Proposed from the day the first year has run with nothing on record; the decision rests ' +
        'on the absence of any recorded activity, and a report filed later still ends it.'
  return [
    rule({
      id: 'DR-02',
      title: {
        zh: '社会团体自取得登记证书之日起1年未开展活动的，撤销登记',
        en: 'Social group with no activity in its first year: revoke',
      },
      source: regulation(SOCIAL_GROUPS, '第二十九条', 'Social Group Regulations, Art. 29'),
      effective: { from: '2016-02-06' },
      appliesTo: ['social_group'],
      notes:
        'The first year ends as a period of 1 year from the founding day ends, by the policy’s ' +
        'convention. An activity, a disclosure or a commendation in the first year shows the ' +
        'organization was active, and so does an annual report on file, whenever it was filed, ' +
        `unless it states no charitable activity. ${waits} Fraudulent registration has no entry ` +
        'type and is left to the registrar.',
      when: noActivity,
      then: [effects.recommendRevocation('registration_cancelled', 'no_activity_one_year')],
    }),
    rule({
      id: 'DR-08',
      title: {
        zh: '基金会自取得登记证书之日起12个月内未按章程开展活动的，撤销登记',
        en: 'Foundation with no activity in its first 12 months: revoke',
      },
      source: regulation(FOUNDATIONS, '第四十一条', 'Foundation Regulations, Art. 41'),
      effective: { from: FOUNDATIONS_FROM },
      appliesTo: ['foundation'],
      notes: `As DR-02; 12 months and 1 year end on the same day. ${waits}`,
      when: noActivity,
      then: [effects.recommendRevocation('registration_cancelled', 'no_activity_one_year')],
    }),
    rule({
      id: 'DR-09',
      title: {
        zh: '基金会工作人员工资福利和行政办公支出超过当年总支出10%的，依法处理',
        en: 'Foundation staff and office costs above 10% of spending',
      },
      source: regulation(
        FOUNDATIONS,
        '第二十九条、第四十二条',
        'Foundation Regulations, Arts. 29, 42',
      ),
      effective: { from: FOUNDATIONS_FROM },
      appliesTo: ['foundation'],
      notes:
        'Read from the latest annual report’s own figures. The 70% and 8% spending floors, ' +
        'which compare with last year’s report, are DR-09.public and DR-09.nonpublic.',
      when: when.all(
        when.active(),
        when.field(
          entries.annualReports({ label: { zh: '年度工作报告', en: 'annual report' } }),
          where.gt('financials.staffAndAdminCosts', where.ref('financials.expenditure', 0.1)),
        ),
      ),
      then: [
        effects.oblige('decide_sanction', 'registrar', {
          title: {
            zh: '依《基金会管理条例》第四十二条作出处理',
            en: 'decide the sanction under the Foundation Regulations, Art. 42',
          },
        }),
      ],
    }),
    rule({
      id: 'DR-10',
      title: {
        zh: '慈善组织连续2年未从事慈善活动的，应当终止',
        en: 'Charity with no charitable activity for two years: terminate',
      },
      source: charityLaw('第十七条', 'Art. 17'),
      effective: { from: CHARITY_LAW_FROM },
      notes:
        'Read from the last two annual reports, each saying the year showed no charitable activity.',
      when: when.all(
        when.active(),
        when.attribute('charity'),
        when.reports(['no_charitable_activity'], 2),
      ),
      then: [effects.recommendDeregistration('cannot_continue')],
    }),
    rule({
      id: 'DR-11',
      title: {
        zh: '慈善组织受到处理后1年内再次违法的，吊销登记证书',
        en: 'Charity violating again within a year: revoke the certificate',
      },
      source: charityLaw('第一百零九条、第一百一十条', 'Arts. 109-110'),
      effective: { from: CHARITY_LAW_FROM },
      notes:
        'Two penalties for the violations of Arts. 109-110 within one year, counted back by the ' +
        'policy’s convention. Serious misconduct on one occasion is the registrar’s judgement. ' +
        'The articles are numbered as in the 2023 text, the one read; the 2016 text, in force ' +
        'from 2016-09-01, numbers the same grounds differently.',
      when: when.all(
        when.active(),
        when.attribute('charity'),
        when.count(
          entries.penalties({
            standing: true,
            where: where.in('ground', [...CHARITY_VIOLATIONS]),
            label: { zh: '慈善法规定的违法行为', en: 'violations of the Charity Law' },
          }),
          { window: { years: 1 }, atLeast: 2 },
        ),
      ),
      then: [effects.recommendRevocation('certificate_revoked', 'serious_violation')],
    }),
    rule({
      id: 'DR-13',
      title: {
        zh: '被撤销登记或注销后继续以社会组织名义活动的，予以取缔',
        en: 'Activity after revocation or deregistration: ban',
      },
      source: regulation(SOCIAL_GROUPS, '第三十二条', 'Social Group Regulations, Art. 32'),
      effective: { from: '2016-02-06' },
      notes: 'Also 民非 Art. 27 and foundations Art. 40. The ban is the registrar’s decision.',
      when: when.all(
        when.status('revoked', 'deregistered'),
        when.count(entries.activities(), { window: { from: 'closure' } }),
      ),
      then: [effects.recommendBan()],
    }),
  ]
}
