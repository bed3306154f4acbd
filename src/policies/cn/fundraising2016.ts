import { registeredKinds } from '../../identity'
import { effects, entries, type Rule, rule, when, where } from '../../rules'
import { meetsFundraisingConditions } from './fundraisingConditions'
import { FUNDRAISING_REPORTS, FUNDRAISING_REPORTS_NOTE } from './fundraisingReports'
import {
  CHARITY_LAW_FROM,
  charityLaw,
  FUNDRAISING_2024_FROM,
  ORDER_60,
  ORDER_60_FROM,
} from './sources'

/** What a holder must keep under the pack's reading of the 2016 rules: no serious listing. */
const KEPT = when.not(when.onList('serious'))
const SIX_MONTHS = { months: 6 } as const

/**
 * Six months without public fundraising: the qualification held a full 6 months, and no
 * public-fundraising disclosure (a campaign's plan, progress or account) within the last 6.
 */
const IDLE_SIX_MONTHS = when.all(
  when.elapsed('fundraising_granted', { atLeast: SIX_MONTHS }),
  when.none(
    entries.disclosures({
      where: where.eq('category', 'public_fundraising'),
      label: { zh: '公开募捐信息公开', en: 'public-fundraising disclosures' },
    }),
    SIX_MONTHS,
  ),
)

/**
 * B8 before Order 74 (until 2024-09-04): who meets the conditions for the qualification under
 * the Charity Law of 2016 (CH-01), and the abnormal listing of a holder that no longer meets
 * them or has not fundraised publicly for six months (AB-04, Order 60 with the 2016 measures),
 * and the reports of long campaigns under the Charity Law of 2016 (CH-05).
 */
export function fundraising2016Rules(): Rule[] {
  return [
    rule({
      id: 'CH-01',
      title: {
        zh: '依法登记满2年的慈善组织，可以申请公开募捐资格；已具有资格的，持续符合条件',
        en: 'Charity registered two full years: may apply to fundraise publicly, or keeps the qualification',
      },
      source: charityLaw('第二十二条（2016年）', 'Art. 22 (2016)', 'R'),
      effective: { from: CHARITY_LAW_FROM, to: FUNDRAISING_2024_FROM },
      notes:
        'The 2016 measures’ own conditions were not read (confidence R); this version keeps only ' +
        'the Charity Law’s two years, counted by the policy’s convention, and no serious listing. ' +
        'A holder meets them while it is not on the serious list; an applicant must also have been ' +
        'registered two full years.',
      when: when.all(
        when.active(),
        when.attribute('charity'),
        meetsFundraisingConditions(KEPT, [when.registeredFor({ years: 2 })]),
      ),
      then: [effects.grant('public_fundraising')],
    }),
    rule({
      id: 'AB-04',
      title: {
        zh: '具有公开募捐资格的慈善组织不再符合条件或者连续6个月未开展公开募捐的，列入活动异常名录',
        en: 'Fundraising holder no longer qualified, or six months without public fundraising: abnormal list',
      },
      source: { ...ORDER_60, article: '活动异常名录条款第（四）项' },
      effective: { from: ORDER_60_FROM, to: FUNDRAISING_2024_FROM },
      notes:
        'Order 60 item 4 with the 2016 public-fundraising measures (the 2018 MCA Q&A): a holder ' +
        'that no longer meets the conditions CH-01 reads for the period (a serious listing), or ' +
        'that has not fundraised publicly for 6 months. Fundraising is read from public-fundraising ' +
        'disclosures, which each campaign must publish: none within the last 6 months (the day 6 ' +
        'months back included, under either convention) after a full 6 months holding the ' +
        'qualification (by the policy’s convention). Order 74 dropped the 6 months on 2024-09-05, ' +
        'when CH-06 takes over. The registrar finds the ground, so the listing waits for a decision.',
      when: when.all(
        when.active(),
        when.attribute('public_fundraising'),
        when.not(when.onList('abnormal', { reasons: ['fundraising_conditions_unmet'] })),
        when.any(when.not(KEPT), IDLE_SIX_MONTHS),
      ),
      then: [effects.list('abnormal', 'fundraising_conditions_unmet', { mode: 'needs_decision' })],
    }),
    rule({
      id: 'CH-05',
      title: {
        zh: '公开募捐周期或慈善项目实施周期超过6个月的，至少每3个月公开一次，结束后3个月内全面公开',
        en: 'Campaigns over 6 months disclose every 3 months, and in full within 3 months of the end',
      },
      source: charityLaw('第七十三条（2016年）', 'Art. 73 (2016)'),
      effective: { from: CHARITY_LAW_FROM, to: FUNDRAISING_2024_FROM },
      appliesTo: registeredKinds,
      notes: `The Charity Law of 2016, Art. 73, read in its text. ${FUNDRAISING_REPORTS_NOTE}`,
      when: when.orgKind(...registeredKinds),
      then: [FUNDRAISING_REPORTS],
    }),
  ]
}
