import { registeredKinds } from '../../identity'
import { effects, entries, type Rule, type RuleSource, rule, when, where } from '../../rules'
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

const FILE_REPORTS = effects.fileAnnualReports()

// The duties hold for an organization of the kind whatever its status: each year's duty is
// the effect's to find, and a closure ends the years owed, not the record of those owed before.
const HISTORY_NOTE =
  'One obligation per report year from the founding year, due as the pack’s annualReport ' +
  'says; evaluate keeps those not done and the latest. A year whose due day falls after a ' +
  'closure is not owed; a year owed before it stays on record, done or not, after it.'

const AUDIT_2016: RuleSource = {
  instrument: `${FOUNDATIONS}；《中华人民共和国慈善法》`,
  article: '第三十六条；第七十八条',
  confidence: 'V',
  cite: {
    zh: `${FOUNDATIONS}第三十六条、《慈善法》第七十八条`,
    en: 'Foundation Regulations, Art. 36; Charity Law, Art. 78',
  },
}

/**
 * B6, annual reports and inspections: the yearly duty to report for each kind (AI-01 to
 * AI-03) and the audit a report carries (AI-03.audit), one obligation per year; a charity's
 * duty to publish (AI-04), the consequence of a foundation's failed inspection (AI-07), and
 * revocation after years without a report (AI-08, local practice).
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
        `Order 60 lists organizations that have not reported to the registrar on time. ${HISTORY_NOTE}`,
      when: when.orgKind('social_group'),
      then: [FILE_REPORTS],
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
        'year (Order 27, Arts. 3-4), counted by the policy’s convention: founded on 30 June it ' +
        `reports for that year, on 1 July it does not (Civil Code). ${HISTORY_NOTE}`,
      when: when.orgKind('social_service_organization'),
      then: [FILE_REPORTS],
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
      notes:
        'Due on 31 March. The six-month exemption is the social service organizations’ (Order 27): ' +
        `a foundation founded on 2 December reports for that year. ${HISTORY_NOTE}`,
      when: when.orgKind('foundation'),
      then: [FILE_REPORTS],
    }),
    rule({
      id: 'AI-03.audit',
      title: {
        zh: '基金会年度工作报告应当附注册会计师审计报告',
        en: 'A foundation’s report carries a CPA audit report',
      },
      source: regulation(FOUNDATIONS, '第三十六条', 'Foundation Regulations, Art. 36'),
      effective: { from: FOUNDATIONS_FROM, to: CHARITY_LAW_FROM },
      appliesTo: ['foundation'],
      notes:
        'One audit per report year, due with the report; met by the year’s first filing that ' +
        `says it is audited, an unaudited filing meets the report but not the audit. ${HISTORY_NOTE}`,
      when: when.orgKind('foundation'),
      then: [effects.fileAudits({ kinds: ['foundation'] })],
    }),
    rule({
      id: 'AI-03.audit',
      title: {
        zh: '基金会和具有公开募捐资格的慈善组织的年度报告应当经注册会计师审计',
        en: 'Foundations’ and fundraising charities’ reports carry a CPA audit report',
      },
      source: AUDIT_2016,
      effective: { from: CHARITY_LAW_FROM },
      appliesTo: registeredKinds,
      notes:
        'Foundations every year (Foundation Regulations, Art. 36), and a charity in each year it ' +
        'held the public-fundraising qualification on at least one day (Charity Law, Art. 78; ' +
        'Art. 72 of the 2016 text), as the file records the qualification’s grant and revocation. ' +
        'Due with the year’s report; met by its first filing that says it is audited. ' +
        HISTORY_NOTE,
      when: when.orgKind(...registeredKinds),
      then: [effects.fileAudits({ kinds: ['foundation'], fundraisingCharities: true })],
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
