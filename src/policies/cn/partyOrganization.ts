import { registeredKinds } from '../../identity'
import { effects, entries, type Rule, rule, when, where } from '../../rules'
import type { CnPolicyParameters } from './cnPolicyParameters'
import { ORDER_60, ORDER_60_FROM, order60Draft } from './sources'

const missing = entries.partyOrganization({
  standing: true,
  where: where.eq('status', 'missing'),
  label: {
    zh: '应建未建党组织的认定',
    en: 'findings of no Party organization where one is required',
  },
})

/**
 * AB-02 (Order 60, abnormal-list item 2): no Party organization set up as required, from the
 * latest finding on record, and the removal once a later finding says it is set up or not
 * required.
 */
export function partyOrganizationRules(parameters: CnPolicyParameters): Rule[] {
  return [
    rule({
      id: 'AB-02',
      title: {
        zh: '未按照规定设立党组织的，列入活动异常名录',
        en: 'No Party organization set up as required: abnormal list',
      },
      source: { ...ORDER_60, article: '活动异常名录条款第（二）项' },
      effective: { from: ORDER_60_FROM },
      appliesTo: [...registeredKinds],
      notes:
        'Read from the latest PartyOrganizationStatusRecorded effective by the date: `missing` ' +
        'lists the organization, `established` or `not_required` does not. Whether a Party ' +
        'organization is required (three or more full Party members, or another arrangement) is ' +
        'the finding department’s judgement, recorded as the status. One finding lists once.',
      when: when.all(
        when.active(),
        when.count({ ...missing, notBasisOf: 'abnormal' }),
        when.not(when.onList('abnormal', { reasons: ['no_party_organization'] })),
      ),
      then: [effects.list('abnormal', 'no_party_organization', { mode: 'automatic' })],
    }),
    rule({
      id: 'AB-02.removal',
      title: {
        zh: '依规设立党组织后移出活动异常名录',
        en: 'Party organization set up: remove from the abnormal list',
      },
      source: order60Draft('第十四条'),
      effective: { from: ORDER_60_FROM },
      notes:
        'AB-10’s removal for this ground: a later finding replaces the `missing` one with ' +
        '`established` or `not_required`. Same removal period as AB-10 (removalWorkingDays).',
      when: when.all(
        when.onList('abnormal', { reasons: ['no_party_organization'] }),
        when.none(missing),
      ),
      then: [
        effects.remove('abnormal', 'obligation_fulfilled', {
          mode: 'needs_decision',
          listed: ['no_party_organization'],
        }),
        effects.oblige('remove_from_list', 'registrar', {
          due: { from: 'since', workingDays: parameters.removalWorkingDays },
        }),
      ],
    }),
  ]
}
