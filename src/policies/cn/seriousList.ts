import { effects, entries, type Rule, rule, when, where } from '../../rules'
import { minorPenalty, SERIOUS_FINE_FROM, takenEffectSince } from './penaltyKinds'
import { ORDER_60, ORDER_60_FROM } from './sources'

const item = (n: string) => ({ ...ORDER_60, article: `严重违法失信名单条款第（${n}）项` })
const REMOVAL = { ...ORDER_60, article: '移出严重违法失信名单条款' }
const EXPLICIT_REASONS = [
  'fraudulent_change',
  'suspension',
  'large_fine',
  'repeated_minor_penalties',
  'dishonest_debtor',
  'other',
] as const

function penaltiesWhere(
  test: Parameters<typeof where.all>[0],
  label: { zh: string; en: string },
): ReturnType<typeof entries.penalties> {
  return entries.penalties({
    standing: true,
    notBasisOf: 'serious',
    where: where.all(test, takenEffectSince(ORDER_60_FROM)),
    label,
  })
}

/**
 * B3, the serious illegal and dishonest list (严重违法失信名单): the seven grounds of Order 60
 * that the record can decide (SL-01 to SL-07; SL-01 is also AB-12) and the removals (SL-09 to
 * SL-11). SL-08 is how `listedFor` counts; SL-12 says there is no five-year removal.
 */
export function seriousListRules(): Rule[] {
  return [
    rule({
      id: 'SL-01',
      title: {
        zh: '列入活动异常名录满2年的，列入严重违法失信名单',
        en: 'Two full years on the abnormal list: serious list',
      },
      source: item('一'),
      effective: { from: ORDER_60_FROM },
      notes:
        'Also AB-12. "A full 2 years" counts by the policy’s convention: under the Civil Code ' +
        '(the default) a listing of 2021-06-01 has run its 2 years on 2023-06-02. Counted from ' +
        'the latest open listing, as AB-09 restarts the count on a new listing.',
      when: when.listedFor('abnormal', { years: 2 }),
      then: effects.escalate({ mode: 'automatic' }),
    }),
    rule({
      id: 'SL-02',
      title: {
        zh: '以欺骗等不正当手段办理变更登记，被撤销变更登记的，列入严重违法失信名单',
        en: 'Change registration revoked as fraudulent: serious list',
      },
      source: item('二'),
      effective: { from: ORDER_60_FROM },
      notes: 'Listed on the day the change registration was revoked, once per revocation.',
      when: when.count(
        entries.registrationChanges({
          notBasisOf: 'serious',
          where: where.all(
            where.eq('revocationGround', 'fraud'),
            where.lte('revokedOn', where.at),
            where.gte('revokedOn', ORDER_60_FROM),
          ),
          label: { zh: '因欺骗被撤销的变更登记', en: 'change registrations revoked as fraudulent' },
        }),
      ),
      then: [effects.list('serious', 'fraudulent_change', { mode: 'automatic' })],
    }),
    rule({
      id: 'SL-03',
      title: {
        zh: '受到限期停止活动行政处罚的，列入严重违法失信名单',
        en: 'Suspension of activities: serious list',
      },
      source: item('三'),
      effective: { from: ORDER_60_FROM },
      when: when.count(
        penaltiesWhere(where.sanction('suspension'), {
          zh: '限期停止活动处罚',
          en: 'suspensions of activities',
        }),
      ),
      then: [effects.list('serious', 'suspension', { mode: 'automatic' })],
    }),
    rule({
      id: 'SL-04',
      title: {
        zh: '受到5万元以上罚款处罚的，列入严重违法失信名单',
        en: 'Fine of 50,000 yuan or more: serious list',
      },
      source: item('四'),
      effective: { from: ORDER_60_FROM },
      when: when.count(
        penaltiesWhere(where.sanction('fine', where.gte('amount', SERIOUS_FINE_FROM)), {
          zh: '5万元以上罚款',
          en: 'fines of 50,000 yuan or more',
        }),
      ),
      then: [effects.list('serious', 'large_fine', { mode: 'automatic' })],
    }),
    rule({
      id: 'SL-05',
      title: {
        zh: '3年内累计受到2次以上警告或不满5万元罚款处罚的，列入严重违法失信名单',
        en: 'Two or more warnings or small fines within 3 years: serious list',
      },
      source: item('五'),
      effective: { from: ORDER_60_FROM },
      notes:
        'The 3-year window counts back from the evaluation day by the policy’s convention. At ' +
        'least one of the penalties must not yet be the basis of a serious listing, so one pair ' +
        'of penalties lists the organization once.',
      when: when.all(
        when.count(
          entries.penalties({
            standing: true,
            where: where.all(minorPenalty, takenEffectSince(ORDER_60_FROM)),
            label: { zh: '警告或5万元以下罚款', en: 'warnings or fines under 50,000 yuan' },
          }),
          { window: { years: 3 }, atLeast: 2 },
        ),
        when.count(
          penaltiesWhere(minorPenalty, {
            zh: '其中尚未据以列入名单的',
            en: 'of them not yet acted on',
          }),
          { window: { years: 3 } },
        ),
      ),
      then: [effects.list('serious', 'repeated_minor_penalties', { mode: 'automatic' })],
    }),
    rule({
      id: 'SL-06',
      title: {
        zh: '被人民法院列入失信被执行人名单的，列入严重违法失信名单',
        en: 'Dishonest judgment debtor: serious list',
      },
      source: item('六'),
      effective: { from: ORDER_60_FROM },
      when: when.count(
        entries.dishonestDebtor({
          standing: true,
          notBasisOf: 'serious',
          where: where.gte('listedOn', ORDER_60_FROM),
        }),
      ),
      then: [effects.list('serious', 'dishonest_debtor', { mode: 'automatic' })],
    }),
    rule({
      id: 'SL-07',
      title: {
        zh: '被吊销登记证书或者被撤销成立登记的，列入严重违法失信名单',
        en: 'Certificate or registration revoked: serious list',
      },
      source: item('七'),
      effective: { from: ORDER_60_FROM },
      notes:
        'Listed on the day the revocation took effect (Jinan practice), once per revocation; a ' +
        'revocation voided by a revoked penalty does not count.',
      when: when.count(
        entries.closures({
          standing: true,
          notBasisOf: 'serious',
          where: where.all(where.eq('status', 'revoked'), where.gte('on', ORDER_60_FROM)),
          label: { zh: '吊销或撤销登记', en: 'revocations' },
        }),
      ),
      then: [effects.list('serious', 'registration_revoked', { mode: 'automatic' })],
    }),
    rule({
      id: 'SL-09',
      title: {
        zh: '列入严重违法失信名单满2年且期间未再发生失信情形的，可以申请移出',
        en: 'Two clean years on the serious list: may apply for removal',
      },
      source: REMOVAL,
      effective: { from: ORDER_60_FROM },
      notes:
        'The organization applies and the registrar decides, so the removal waits for a ' +
        'decision. Counted from the latest serious listing (SL-08); any abnormal listing in the ' +
        'last 2 years keeps it on. SL-07 listings end by SL-10, SL-01 listings by SL-11.',
      when: when.all(
        when.listedFor('serious', { years: 2 }, { reasons: [...EXPLICIT_REASONS] }),
        when.none(entries.abnormalList(), { years: 2 }),
      ),
      then: [
        effects.oblige('apply_for_removal', 'organization', { opens: { from: 'elapsesOn' } }),
        effects.remove('serious', 'two_years_clean', {
          mode: 'needs_decision',
          listed: [...EXPLICIT_REASONS],
        }),
      ],
    }),
    rule({
      id: 'SL-10',
      title: {
        zh: '因被撤销登记列入严重违法失信名单，完成注销登记后移出',
        en: 'Revoked and now deregistered: remove from the serious list',
      },
      source: REMOVAL,
      effective: { from: ORDER_60_FROM },
      when: when.all(
        when.onList('serious', { reasons: ['registration_revoked'] }),
        when.status('deregistered'),
      ),
      then: [
        effects.remove('serious', 'deregistration_completed', {
          mode: 'automatic',
          listed: ['registration_revoked'],
        }),
      ],
    }),
    rule({
      id: 'SL-11',
      title: {
        zh: '因列入活动异常名录满2年被列入的，满2年且已履行原义务的，可以申请移出',
        en: 'Escalated listing: two clean years and the original duty met',
      },
      source: REMOVAL,
      effective: { from: ORDER_60_FROM },
      notes:
        'SL-09 for listings made by SL-01: every annual report due in the last 5 years must be on ' +
        'file (the one the first listing rested on among them) and no spot-check rectification ' +
        'may be overdue before the organization may apply.',
      when: when.all(
        when.listedFor('serious', { years: 2 }, { reasons: ['abnormal_two_years'] }),
        when.none(entries.abnormalList(), { years: 2 }),
        // Two years on each list: the report the first listing rests on is at most 5 years back.
        when.reports(['on_time', 'late', 'exempt'], 5),
        when.not(when.rectification({ overdue: true, source: ['spot_check'] })),
      ),
      then: [
        effects.oblige('apply_for_removal', 'organization', { opens: { from: 'elapsesOn' } }),
        effects.remove('serious', 'two_years_clean', {
          mode: 'needs_decision',
          listed: ['abnormal_two_years'],
        }),
      ],
    }),
  ]
}
