import { effects } from '../../src/rules/effects'
import type { Rule } from '../../src/rules/rule'
import { rule } from '../../src/rules/rule'
import { when } from '../../src/rules/when'
import { entries, where } from '../../src/rules/where'
import { nationalRules } from './nationalRules'

const SOURCE = { instrument: '测试规则', confidence: 'R' } as const
const title = (en: string) => ({ zh: en, en })

/** Rules that between them use every kind of condition and effect, for the property tests. */
export const everyKindRules: readonly Rule[] = [
  ...nationalRules,
  rule({
    id: 'X-ELAPSED',
    title: title('fundraising revoked within 5 years'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.elapsed('fundraising_revoked', { lessThan: { years: 5 } }),
    then: [effects.bar('public_fundraising')],
  }),
  rule({
    id: 'X-SPACED',
    title: title('two unsigned letters 20 to 60 days apart'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.spaced(
      entries.noticesServed({
        standing: true,
        notBasisOf: 'abnormal',
        where: where.eq('channel', 'special_letter'),
      }),
      { days: 20 },
      { days: 60 },
    ),
    then: [effects.list('abnormal', 'unreachable', { mode: 'automatic' })],
  }),
  rule({
    id: 'X-FIELD',
    title: title('latest report spends less than 70% of its income'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.field(
      entries.annualReports(),
      where.lt('financials.publicBenefitSpending', where.ref('financials.income', 0.7)),
      { years: 2 },
    ),
    then: [
      effects.oblige('disclose', 'organization', { due: { from: 'on', period: { days: 15 } } }),
    ],
  }),
  rule({
    id: 'X-RECT',
    title: title('rectification overdue'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.all(
      when.active(),
      when.rectification({ overdue: true, source: ['spot_check'] }),
      when.not(when.onList('abnormal')),
    ),
    then: [effects.list('abnormal', 'rectification_overdue', { mode: 'automatic' })],
  }),
  rule({
    id: 'X-RECT-DUE',
    title: title('rectify by the deadline'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.rectification(),
    then: [effects.oblige('rectify', 'organization', { due: { from: 'deadline' } })],
  }),
  rule({
    id: 'X-RENEW',
    title: title('renewal window'),
    source: SOURCE,
    effective: { from: '2011-03-01', to: '2026-03-01' },
    when: when.any(when.grade({ expiresWithin: { years: 2 } }), when.grade({ valid: false })),
    then: [effects.grant('evaluation')],
  }),
  rule({
    id: 'X-RENEW',
    title: title('re-evaluation in the first 4 years'),
    source: SOURCE,
    effective: { from: '2026-03-01' },
    convention: 'calendar',
    when: when.grade({ inFirst: { years: 4 }, atMost: '4A' }),
    then: [effects.grant('evaluation')],
  }),
  rule({
    id: 'X-REEVAL',
    title: title('inside the re-evaluation window the measures give the grade'),
    source: SOURCE,
    effective: { from: '2011-03-01' },
    when: when.grade({ valid: true, reEvaluation: true }),
    then: [effects.grant('evaluation')],
  }),
  rule({
    id: 'X-YEARS',
    title: title('three years without reports'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.all(when.active(), when.reports(['missing', 'late'], 3)),
    then: [effects.recommendRevocation('registration_cancelled', 'annual_inspection')],
  }),
  rule({
    id: 'X-INSPECT',
    title: title('no inspection last year'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.inspections(['missing', 'not_inspected', 'unqualified'], 1, {
      ending: 'previous_year',
    }),
    then: [effects.bar('evaluation')],
  }),
  rule({
    id: 'X-CLOSED',
    title: title('revoked and still active'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.all(
      when.status('revoked'),
      when.count(entries.activities(), { window: { from: 'closure' } }),
    ),
    then: [effects.recommendBan()],
  }),
  rule({
    id: 'X-DEBTOR',
    title: title('dishonest debtor'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.count(entries.dishonestDebtor({ standing: true, notBasisOf: 'serious' })),
    then: [effects.list('serious', 'dishonest_debtor', { mode: 'needs_decision' })],
  }),
  rule({
    id: 'X-GOOD',
    title: title('clean for 3 years in the previous year'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    appliesTo: ['social_group', 'foundation'],
    when: when.all(
      when.registeredFor({ years: 1 }),
      when.none(entries.penalties({ standing: true }), { calendarYear: 'previous' }),
      when.not(
        when.any(when.onList('abnormal'), when.onList('serious'), when.onList('dishonest_debtor')),
      ),
      when.attribute('supervising_unit'),
      when.orgKind('social_group'),
    ),
    then: [effects.grant('funding')],
  }),
  rule({
    id: 'X-COOL',
    title: title('cool-off after a grade action'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.count(entries.gradeHistory({ where: where.gte('coolOffUntil', where.at) })),
    then: [effects.bar('evaluation')],
  }),
  rule({
    id: 'X-CANCEL',
    title: title('cancel the grade on the serious list'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.all(when.onList('serious'), when.grade()),
    then: [effects.cancelGrade('serious_list', { mode: 'needs_decision', coolOff: { years: 3 } })],
  }),
  rule({
    id: 'X-SL09',
    title: title('may apply for removal after 2 clean years'),
    source: SOURCE,
    effective: { from: '2018-01-24' },
    when: when.all(
      when.listedFor('serious', { years: 2 }),
      when.none(entries.abnormalList(), { years: 2 }),
    ),
    then: [effects.oblige('apply_for_removal', 'organization', { opens: { from: 'elapsesOn' } })],
  }),
  rule({
    id: 'X-PROPOSE',
    title: title('commend the long clean'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.all(when.registeredFor({ years: 8 }), when.none(entries.penalties(), { years: 5 })),
    then: [
      effects.propose(
        'Commended',
        { honour: '诚信社会组织', level: 'county', awardedBy: '浦东新区民政局' },
        { mode: 'needs_decision' },
      ),
    ],
  }),
  rule({
    id: 'X-REPORTS',
    title: title('each year’s report and audit'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.orgKind('social_group', 'social_service_organization', 'foundation'),
    then: [
      effects.fileAnnualReports(),
      effects.fileAudits({ kinds: ['foundation'], fundraisingCharities: true }),
    ],
  }),
  rule({
    id: 'X-CAMPAIGN',
    title: title('report on long campaigns'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.active(),
    then: [
      effects.reportFundraising({
        categories: ['financial_report', 'public_fundraising'],
        longerThan: { months: 6 },
        every: { months: 3 },
        completionWithin: { months: 3 },
      }),
    ],
  }),
  rule({
    id: 'X-ANSWER',
    title: title('answer each objection in 20 days'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.count(entries.objections(), { atLeast: 1 }),
    then: [effects.answerObjections({ within: { days: 20 } })],
  }),
  rule({
    id: 'X-PRIOR',
    title: title('spending below 70% of last year’s income'),
    source: SOURCE,
    effective: { from: '2016-01-01' },
    when: when.priorYear('financials.publicBenefitSpending', 'lt', 'financials.income', 70),
    then: [
      effects.oblige('disclose', 'organization', { due: { from: 'on', period: { days: 30 } } }),
    ],
  }),
]
