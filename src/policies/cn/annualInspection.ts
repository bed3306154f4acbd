import { registeredKinds } from '../../identity'
import { effects, entries, type Rule, rule, when, where } from '../../rules'
import type { CnPolicyParameters } from './cnPolicyParameters'
import {
  CHARITY_LAW_FROM,
  charityLaw,
  FOUNDATIONS,
  FOUNDATIONS_FROM,
  regulation,
  SOCIAL_GROUPS,
  SOCIAL_SERVICE,
} from './sources'

const FILE_REPORT = effects.oblige('file_annual_report', 'organization', {
  due: { from: 'due' },
  done: 'filedOn',
})

/**
 * B6, annual reports and inspections: the yearly duty to report for each kind (AI-01 to
 * AI-03), a charity's duty to publish (AI-04), the consequence of a foundation's failed
 * inspection (AI-07), and revocation after years without a report (AI-08, local practice).
 */
export function annualInspectionRules(parameters: CnPolicyParameters): Rule[] {
  const rules: Rule[] = [
    rule({
      id: 'AI-01',
      title: {
        zh: '社会团体每年5月31日前向登记管理机关报送上一年度工作报告',
        en: 'Social groups file last year’s report by 31 May',
      },
      source: regulation(SOCIAL_GROUPS, '第二十八条', 'Social Group Regulations, Art. 28'),
      effective: { from: '2016-02-06' },
      appliesTo: ['social_group'],
      notes:
        'Due on 31 May (the policy’s annualReport); only a filing with the registrar counts, as ' +
        'Order 60 lists organizations that have not reported to the registrar on time.',
      when: when.all(when.active(), when.reportDue()),
      then: [FILE_REPORT],
    }),
    rule({
      id: 'AI-02',
      title: {
        zh: '民办非企业单位每年5月31日前报送上一年度工作报告',
        en: 'Social service organizations file last year’s report by 31 May',
      },
      source: regulation(SOCIAL_SERVICE, '第二十三条', 'Social Service Regulations, Art. 23'),
      effective: { from: '1998-10-25' },
      appliesTo: ['social_service_organization'],
      notes:
        'An organization founded less than 6 months before 31 December reports nothing for that ' +
        'year (Order 27, Arts. 3-4), counted by the policy’s convention.',
      when: when.all(when.active(), when.reportDue()),
      then: [FILE_REPORT],
    }),
    rule({
      id: 'AI-03',
      title: {
        zh: '基金会每年3月31日前报送上一年度工作报告',
        en: 'Foundations file last year’s report by 31 March',
      },
      source: regulation(FOUNDATIONS, '第三十六条', 'Foundation Regulations, Art. 36'),
      effective: { from: FOUNDATIONS_FROM },
      appliesTo: ['foundation'],
      when: when.all(when.active(), when.reportDue()),
      then: [FILE_REPORT],
    }),
    rule({
      id: 'AI-03.audit',
      title: {
        zh: '基金会年度工作报告应当附注册会计师审计报告',
        en: 'A foundation’s report carries a CPA audit report',
      },
      source: regulation(FOUNDATIONS, '第三十六条', 'Foundation Regulations, Art. 36'),
      effective: { from: FOUNDATIONS_FROM },
      appliesTo: ['foundation'],
      notes: 'The latest report on file must say it is audited; an unaudited one owes the audit.',
      when: when.all(
        when.active(),
        when.field(entries.annualReports(), where.eq('audited', false)),
      ),
      then: [
        effects.oblige('file_audit_report', 'organization', {
          title: { zh: '补交注册会计师审计报告', en: 'file the CPA audit report' },
        }),
      ],
    }),
    rule({
      id: 'AI-04',
      title: {
        zh: '慈善组织每年向社会公开年度工作报告和财务会计报告',
        en: 'Charities publish their annual work and financial reports',
      },
      source: charityLaw('第十三条、第七十八条', 'Arts. 13, 78'),
      effective: { from: CHARITY_LAW_FROM },
      notes:
        'Due with the annual report; the duty is met by a disclosure of the annual work report ' +
        'recorded in the current calendar year.',
      when: when.all(
        when.active(),
        when.attribute('charity'),
        when.reportDue(),
        when.none(entries.disclosures({ where: where.eq('category', 'annual_work_report') }), {
          calendarYear: 'current',
        }),
      ),
      then: [effects.oblige('disclose', 'organization', { due: { from: 'due' } })],
    }),
    rule({
      id: 'AI-07',
      title: {
        zh: '基金会未参加年检或年检不合格的，依法给予警告、责令停止活动',
        en: 'Foundation not inspected or failed: warning and order to stop',
      },
      source: regulation(FOUNDATIONS, '第四十二条第（五）项', 'Foundation Regulations, Art. 42(5)'),
      effective: { from: FOUNDATIONS_FROM },
      appliesTo: ['foundation'],
      notes:
        'The sanction is the registrar’s decision (and revocation in a serious case), so the ' +
        'rule sets the registrar a duty to decide instead of proposing a penalty.',
      when: when.all(when.active(), when.inspections(['unqualified', 'not_inspected'], 1)),
      then: [
        effects.oblige('decide_sanction', 'registrar', {
          title: {
            zh: '依《基金会管理条例》第四十二条作出处理',
            en: 'decide the sanction under the Foundation Regulations, Art. 42',
          },
        }),
      ],
    }),
  ]
  const years = parameters.missedReportsBeforeRevocation
  if (years !== null) rules.push(revocationAfterMissedReports(years))
  return rules
}

function revocationAfterMissedReports(years: number): Rule {
  return rule({
    id: 'AI-08',
    title: {
      zh: `连续${years}年未报送年度工作报告的，建议撤销登记`,
      en: `No annual report for ${years} years running: recommend revocation`,
    },
    source: {
      instrument: '地方执法实践（济南2023、福州2022、山东省2023）',
      confidence: 'V-sec',
      cite: { zh: '地方执法实践', en: 'local enforcement practice' },
    },
    effective: { from: '2022-01-01' },
    appliesTo: registeredKinds,
    notes:
      'Local practice rather than a national text: Jinan and Shandong revoke after 3 years, ' +
      'Fuzhou after 2. It is in the pack only when the missedReportsBeforeRevocation parameter ' +
      'names the years (it is null by default). Only reports never filed count; a late filing does ' +
      'not. Revocation is always the registrar’s decision.',
    when: when.all(when.active(), when.reports(['missing'], years)),
    then: [effects.recommendRevocation('registration_cancelled', 'annual_inspection')],
  })
}
