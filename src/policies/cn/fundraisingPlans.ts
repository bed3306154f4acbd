import { registeredKinds } from '../../identity'
import { effects, entries, type Rule, rule, when } from '../../rules'
import { CHARITY_LAW_FROM, charityLaw, FUNDRAISING_2024_FROM, order74 } from './sources'

const UNDECIDED = when.count(
  entries.fundraisingApplications({
    standing: true,
    label: { zh: '待决定的公开募捐资格申请', en: 'applications waiting for a decision' },
  }),
)
const DECIDE = effects.oblige('decide_fundraising_application', 'registrar', {
  due: { from: 'first', period: { days: 20 } },
  title: { zh: '对公开募捐资格申请作出决定', en: 'decide the fundraising application' },
})
const DECIDE_NOTE =
  'Due 20 days after the day the application’s materials were complete (its effective day, not ' +
  'counted), moved off days off (Civil Code Art. 203); met by the grant ' +
  '(PublicFundraisingQualificationGranted) or the refusal (PublicFundraisingRefused, amending ' +
  'the application). With two applications open, the days count from the earlier. Time spent ' +
  'consulting departments or inspecting on site is not counted (Art. 7 para. 2); the record ' +
  'does not hold it, so a registry that used it records the decision late and says why.'
const PLANS_NOTE =
  'One set of duties per plan (FundraisingPlanFiled) filed from 2024-09-05 on, keyed by its seq; ' +
  'plans filed under the 2016 measures are not judged by Order 74. The filing duty is ' +
  'met by the filing itself, late or not: the due day shows whether it was in time. The ' +
  'authority’s publication is met on the day the ledger recorded the plan, the day the ' +
  'national platform shows it; publication within 10 days is counted from the filing, not ' +
  'counted, and moved off days off.'

/**
 * B8's deadlines around a campaign under Order 74: the registrar decides an application within
 * 20 days (CH-02, also under the Charity Law of 2016); a plan is filed 10 days before the
 * campaign, published within 10 days, and normally runs at most 3 years (CH-03); an emergency
 * campaign files within 10 days after starting, runs at most a year and discloses its receipts
 * every 5 days in the emergency phase (CH-04).
 */
export function fundraisingPlanRules(): Rule[] {
  return [
    rule({
      id: 'CH-02',
      title: {
        zh: '民政部门自受理公开募捐资格申请之日起20日内作出决定',
        en: 'The registrar decides a fundraising application within 20 days',
      },
      source: charityLaw('第二十二条（2016年）', 'Art. 22 (2016)', 'R'),
      effective: { from: CHARITY_LAW_FROM, to: FUNDRAISING_2024_FROM },
      notes: `The Charity Law of 2016, Art. 22, as the 2023 law keeps it. ${DECIDE_NOTE}`,
      when: UNDECIDED,
      then: [DECIDE],
    }),
    rule({
      id: 'CH-02',
      title: {
        zh: '民政部门收到全部有效材料后20日内对公开募捐资格申请作出决定',
        en: 'The registrar decides a fundraising application within 20 days',
      },
      source: order74('第七条', 'Art. 7'),
      effective: { from: FUNDRAISING_2024_FROM },
      notes: `Order 74 Art. 7 with the Charity Law of 2023, Art. 22. ${DECIDE_NOTE}`,
      when: UNDECIDED,
      then: [DECIDE],
    }),
    rule({
      id: 'CH-03',
      title: {
        zh: '募捐方案在公开募捐活动开始10日前备案，民政部门10日内向社会公开；活动一般不超过3年',
        en: 'A fundraising plan is filed 10 days before the campaign and published within 10 days; campaigns run at most 3 years',
      },
      source: order74('第十条、第十一条', 'Arts. 10-11'),
      effective: { from: FUNDRAISING_2024_FROM },
      notes:
        `${PLANS_NOTE} Filed on or before the 10th day before the campaign's first day. A ` +
        'campaign of more than 3 years (its last day on or after the corresponding day 3 years ' +
        'from its first) is not a plan the measures accept: the charity corrects or withdraws it ' +
        'within 5 days of filing (Art. 11 para. 3, read for a plan that does not meet Art. 10), ' +
        'and the duty goes once the period is corrected or the plan retracted. The schema ' +
        'records such a plan, since "normally" (一般) leaves room and the schema is not dated. ' +
        'Emergency campaigns are CH-04’s. The duties follow the plans on record, which only ' +
        'charities with the qualification file (and the organizations Art. 26 names).',
      appliesTo: registeredKinds,
      when: when.orgKind(...registeredKinds),
      then: [
        effects.fileFundraisingPlans({
          emergency: false,
          filedFrom: FUNDRAISING_2024_FROM,
          fileDaysBefore: 10,
          publishWithin: { days: 10 },
          longest: { years: 3 },
          correctWithin: { days: 5 },
        }),
      ],
    }),
    rule({
      id: 'CH-04',
      title: {
        zh: '为应对重大突发事件开展公开募捐的，开始后10日内补办备案，应急处置与救援阶段至少每5日公开一次募得款物接收情况',
        en: 'An emergency campaign files within 10 days after it starts and discloses receipts every 5 days in the emergency phase',
      },
      source: order74('第十三条', 'Art. 13'),
      effective: { from: FUNDRAISING_2024_FROM },
      notes:
        `${PLANS_NOTE} Filed within 10 days after the campaign's first day, moved off days off. ` +
        'Published within 10 days and at most 1 year long (Arts. 10-11), as CH-03 reads them. ' +
        'Receipts are owed for each 5 days from the first day that ends on or before the last day ' +
        'of the emergency-response phase (emergencyPhaseTo, or the campaign’s last day when that ' +
        'is earlier or the phase’s end is not on record), and once more on that last day for the ' +
        'fewer than 5 days left (at least every 5 days), met by a public-fundraising disclosure within the 5 days ' +
        'that names the plan (campaign) or, naming none, covers a period inside the campaign’s.',
      appliesTo: registeredKinds,
      when: when.orgKind(...registeredKinds),
      then: [
        effects.fileFundraisingPlans({
          emergency: true,
          filedFrom: FUNDRAISING_2024_FROM,
          fileWithin: { days: 10 },
          publishWithin: { days: 10 },
          longest: { years: 1 },
          correctWithin: { days: 5 },
          receiptsEvery: { days: 5 },
        }),
      ],
    }),
  ]
}
