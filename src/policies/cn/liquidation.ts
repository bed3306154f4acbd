import type { OrgKind, Rule, RuleSource } from '../../rules'
import { effects, entries, rule, when, where } from '../../rules'
import { FOUNDATIONS, FOUNDATIONS_FROM, regulation, SOCIAL_GROUPS, SOCIAL_SERVICE } from './sources'

// A liquidation that has ended on or before the date and was not yet applied for.
const ENDED_NOT_FILED = entries.liquidations({
  where: where.all(
    where.lte('completedOn', where.at),
    where.any(where.missing('appliedOn'), where.gt('appliedOn', where.at)),
  ),
  label: {
    zh: '已结束而未申请注销的清算',
    en: 'liquidations ended and not yet followed by an application',
  },
})

const DURING =
  'During the liquidation the organization may carry on no activity but the liquidation’s; ' +
  'the record has no type to tell a liquidation activity from another, so the pack decides ' +
  'nothing on it.'

function filingDuty(
  id: string,
  kind: OrgKind,
  source: RuleSource,
  from: string,
  notes: string,
): Rule {
  return rule({
    id,
    title: {
      zh: '清算结束之日起15日内向登记管理机关办理注销登记',
      en: 'Apply for deregistration within 15 days after the liquidation ends',
    },
    source,
    effective: { from },
    appliesTo: [kind],
    notes:
      'Due 15 days after the LiquidationCompleted day, moved off days off (Civil Code Art. 203), ' +
      'and met by the organization’s DeregistrationApplied: the duty is the application, not ' +
      'the registrar’s decision. A deregistration decided first closes the stream and ends the ' +
      `duty with it. ${notes} ${DURING}`,
    when: when.all(when.active(), when.count(ENDED_NOT_FILED)),
    then: [
      effects.oblige('file_deregistration', 'organization', {
        due: { from: 'since', period: { days: 15 } },
      }),
    ],
  })
}

/**
 * The filing duty after a liquidation (清算): a social group (DR-01), a social service
 * organization (DR-04) and a foundation (DR-07) apply for deregistration within 15 days after
 * the liquidation ends.
 */
export function liquidationRules(): Rule[] {
  return [
    filingDuty(
      'DR-01',
      'social_group',
      regulation(SOCIAL_GROUPS, '第二十条、第二十一条', 'Social Group Regulations, Arts. 20-21'),
      '2016-02-06',
      'Art. 21 sets the 15 days; Art. 20 the liquidation and its limits.',
    ),
    filingDuty(
      'DR-04',
      'social_service_organization',
      regulation(SOCIAL_SERVICE, '第十五条、第十六条', 'Social Service Regulations, Arts. 15-16'),
      '1998-10-25',
      'Art. 16 sets the 15 days, counted from the day the liquidation is complete.',
    ),
    filingDuty(
      'DR-07',
      'foundation',
      regulation(FOUNDATIONS, '第十八条', 'Foundation Regulations, Art. 18'),
      FOUNDATIONS_FROM,
      'The catalogue row for DR-07 names no period; the pack reads the 15 days from Art. 18 ' +
        '(“应当自清算结束之日起15日内向登记管理机关办理注销登记”), as the model foundation ' +
        'charters repeat it.',
    ),
  ]
}
