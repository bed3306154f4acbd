import { effects, type Rule, rule, when } from '../../rules'
import { meetsFundraisingConditions } from './fundraisingConditions'
import { CHARITY_LAW_FROM, charityLaw, FUNDRAISING_2024_FROM } from './sources'

/** What a holder must keep under the pack's reading of the 2016 rules: no serious listing. */
const KEPT = when.not(when.onList('serious'))

/**
 * B8 before Order 74 (until 2024-09-04): who meets the conditions for the qualification under
 * the Charity Law of 2016 (CH-01), as an applicant or as a holder.
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
  ]
}
