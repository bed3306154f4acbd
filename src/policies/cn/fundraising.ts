import { registeredKinds } from '../../identity'
import { effects, entries, type Rule, rule, when } from '../../rules'
import { meetsFundraisingConditions } from './fundraisingConditions'
import { FUNDRAISING_REPORTS, FUNDRAISING_REPORTS_NOTE } from './fundraisingReports'
import { FUNDRAISING_2024_FROM, order74 } from './sources'

const PENALISED_IN_LAST_YEAR = when.count(
  entries.penalties({ standing: true, label: { zh: '行政处罚', en: 'penalties' } }),
  { window: { years: 1 } },
)
/** A valid 3A grade or better, waived while the charity is registered less than 2 years. */
const GRADE_OR_YOUNG = when.any(
  when.grade({ atLeast: '3A', valid: true }),
  when.not(when.registeredFor({ years: 2 })),
)
/**
 * The conditions of Order 74 Art. 5 a holder can lose, and so must keep meeting: the grade, no
 * serious listing, no penalty in the last year. An abnormal listing is left out: CH-06 itself
 * lists a holder that no longer meets them, and that listing must not be a ground of its own.
 */
const KEPT = when.all(
  GRADE_OR_YOUNG,
  when.not(when.onList('serious')),
  when.not(PENALISED_IN_LAST_YEAR),
)

/**
 * B8, public fundraising under Order 74 (from 2024-09-05): who meets the conditions for the
 * qualification (CH-01, as an applicant or as a holder), the abnormal listing of a holder that
 * no longer meets them (CH-06, which is AB-04 from 2024-09-05), and the five-year bar after the
 * certificate is revoked (CH-07), and the progress and completion reports of long campaigns
 * (CH-05). fundraising2016.ts holds the versions before.
 */
export function fundraisingRules(): Rule[] {
  return [
    rule({
      id: 'CH-01',
      title: {
        zh: '符合《慈善组织公开募捐管理办法》第五条条件的慈善组织，可以申请公开募捐资格；已具有资格的，持续符合条件',
        en: 'Charity meeting Order 74’s conditions: may apply to fundraise publicly, or keeps the qualification',
      },
      source: order74('第五条', 'Art. 5'),
      effective: { from: FUNDRAISING_2024_FROM },
      notes:
        'Registered a full year; a valid 3A grade or better unless registered less than 2 years; ' +
        'on neither list; no penalty in the last year, counted back by the policy’s convention. ' +
        'The conditions are also what a holder must keep meeting (Art. 22): the grant says a ' +
        'holder still meets those it can lose (grade, serious list, penalties), so its absence ' +
        'for a holder is CH-06’s ground. The governance conditions (board composition) are not in ' +
        'the record.',
      when: when.all(
        when.active(),
        when.attribute('charity'),
        meetsFundraisingConditions(KEPT, [
          when.registeredFor({ years: 1 }),
          when.not(when.onList('abnormal')),
        ]),
      ),
      then: [effects.grant('public_fundraising')],
    }),
    rule({
      id: 'CH-05',
      title: {
        zh: '公开募捐周期或慈善项目实施周期超过6个月的，至少每3个月公开一次，结束后3个月内全面公开',
        en: 'Campaigns over 6 months disclose every 3 months, and in full within 3 months of the end',
      },
      source: order74('第二十一条', 'Art. 21'),
      effective: { from: FUNDRAISING_2024_FROM },
      appliesTo: registeredKinds,
      notes: `Order 74 Art. 21 with the Charity Law of 2023, Art. 79. ${FUNDRAISING_REPORTS_NOTE}`,
      when: when.orgKind(...registeredKinds),
      then: [FUNDRAISING_REPORTS],
    }),
    rule({
      id: 'CH-06',
      title: {
        zh: '具有公开募捐资格的慈善组织不再符合申请条件的，列入活动异常名录',
        en: 'Fundraising holder no longer qualified: abnormal list',
      },
      source: order74('第二十二条', 'Art. 22'),
      effective: { from: FUNDRAISING_2024_FROM },
      notes:
        'Also AB-04 (Order 60, item 4) from 2024-09-05. Lost conditions the record shows: no valid ' +
        '3A grade once registered 2 years, a serious listing, a penalty in the last year. An ' +
        'abnormal listing is not itself a ground, or each listing would cause the next. The ' +
        'registrar finds the conditions unmet and announces it, so the listing waits for a decision.',
      when: when.all(
        when.active(),
        when.attribute('public_fundraising'),
        when.not(when.onList('abnormal', { reasons: ['fundraising_conditions_unmet'] })),
        when.not(KEPT),
      ),
      then: [effects.list('abnormal', 'fundraising_conditions_unmet', { mode: 'needs_decision' })],
    }),
    rule({
      id: 'CH-07',
      title: {
        zh: '被吊销公开募捐资格证书的，5年内不得再次申请',
        en: 'Fundraising certificate revoked: no new application for 5 years',
      },
      source: order74('第二十三条', 'Art. 23'),
      effective: { from: FUNDRAISING_2024_FROM },
      notes:
        'The 5 years run from the revocation by the policy’s convention. The file keeps the day of ' +
        'the last revocation but not its reason, so every recorded revocation bars.',
      when: when.elapsed('fundraising_revoked', { lessThan: { years: 5 } }),
      then: [effects.bar('public_fundraising')],
    }),
  ]
}
