import { registeredKinds } from '../../identity'
import { effects, entries, type Rule, rule, when, where } from '../../rules'
import type { CnPolicyParameters } from './cnPolicyParameters'
import { ORDER_60, ORDER_60_FROM, order60Draft } from './sources'

/**
 * AB-06 (Order 60's unreachable ground; 2017 draft Art. 11): two special letters to the
 * registered address that go unsigned, sent the `unreachableLetterInterval` parameter apart,
 * and the removal once the organization signs for any notice. Registered organizations only:
 * a filed (备案) community group has no registered domicile, and Order 60's lists likely do
 * not reach it (domain open question 7).
 */
export function unreachableRules(parameters: CnPolicyParameters): Rule[] {
  const { atLeast, atMost } = parameters.unreachableLetterInterval
  const unsigned = (notBasisOf: boolean) =>
    entries.noticesServed({
      standing: true,
      ...(notBasisOf ? { notBasisOf: 'abnormal' as const } : {}),
      where: where.all(
        where.eq('channel', 'special_letter'),
        where.eq('atRegisteredAddress', true),
        where.eq('signedFor', false),
      ),
      label: {
        zh: '寄往登记住所未签收的专用信函',
        en: 'unsigned special letters to the registered address',
      },
    })
  const twoLetters = (notBasisOf: boolean) =>
    when.spaced(unsigned(notBasisOf), atLeast, atMost ?? undefined)
  const interval =
    atMost === null
      ? `at least ${JSON.stringify(atLeast)} apart`
      : `${JSON.stringify(atLeast)} to ${JSON.stringify(atMost)} apart`
  return [
    rule({
      id: 'AB-06',
      title: {
        zh: '通过登记的住所无法取得联系的，列入活动异常名录',
        en: 'Cannot be reached at the registered address: abnormal list',
      },
      source: { ...order60Draft('第十一条'), cite: ORDER_60.cite },
      effective: { from: ORDER_60_FROM },
      appliesTo: [...registeredKinds],
      notes:
        'Two special letters (专用信函) to the registered address, neither signed for, the ' +
        `second sent ${interval} after the first (the unreachableLetterInterval parameter: the ` +
        '2017 draft says 20 to 60 days, the final interval was not seen). A letter signed for ' +
        'never counts, whenever it was signed: a correction that records it signed for after ' +
        'all says what the record should always have said, so from the moment it is recorded ' +
        'the letter counts on no day, before its signing day included (a read known before the ' +
        'correction still shows the letter unsigned, and AB-06.removal ends a listing made then). ' +
        'An unsigned letter stops counting from the day the organization signs for any later ' +
        'notice. Record a letter once it is known to have gone unsigned; the listing rests on ' +
        'the two letters, so the same letters list once.',
      when: when.all(
        when.active(),
        twoLetters(true),
        when.not(when.onList('abnormal', { reasons: ['unreachable'] })),
      ),
      then: [effects.list('abnormal', 'unreachable', { mode: 'automatic' })],
    }),
    rule({
      id: 'AB-06.removal',
      title: {
        zh: '恢复联系后移出活动异常名录',
        en: 'Reached again: remove from the abnormal list',
      },
      source: order60Draft('第十四条'),
      effective: { from: ORDER_60_FROM },
      appliesTo: [...registeredKinds],
      notes:
        'The ground ends once no two unsigned letters stand: the organization signed for a ' +
        'letter after all (recorded as a correction of the letter) or for any later notice. ' +
        'Same removal period as AB-10 (removalWorkingDays).',
      when: when.all(
        when.onList('abnormal', { reasons: ['unreachable'] }),
        when.not(twoLetters(false)),
      ),
      then: [
        effects.remove('abnormal', 'obligation_fulfilled', {
          mode: 'needs_decision',
          listed: ['unreachable'],
        }),
        effects.oblige('remove_from_list', 'registrar', {
          due: { from: 'since', workingDays: parameters.removalWorkingDays },
        }),
      ],
    }),
  ]
}
