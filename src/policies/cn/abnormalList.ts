import { registeredKinds } from '../../identity'
import { effects, entries, type Rule, rule, when, where } from '../../rules'
import type { CnPolicyParameters } from './cnPolicyParameters'
import { notCertifiedNotResponsible } from './notResponsible'
import { minorPenalty, takenEffectSince } from './penaltyKinds'
import { ORDER_60, ORDER_60_FROM, order60Draft } from './sources'

/** Report years a removal for a filed report looks back over: the listed year and those since. */
const FILED_YEARS = 3

/**
 * B2, the abnormal-activities list (活动异常名录): the listings of Order 60 that the record can
 * decide, and the two ways a listing ends. AB-04 is in fundraising2016.ts until 2024-09-04 and
 * is CH-06 (fundraising.ts) from then; AB-12 is SL-01 (seriousList.ts); AB-09 is how
 * `listedFor` counts.
 */
export function abnormalListRules(parameters: CnPolicyParameters): Rule[] {
  return [
    rule({
      id: 'AB-01',
      title: {
        zh: '未按时报送年度工作报告的，列入活动异常名录',
        en: 'Annual report not filed on time: abnormal list',
      },
      source: { ...ORDER_60, article: '活动异常名录条款第（一）项' },
      effective: { from: ORDER_60_FROM },
      appliesTo: [...registeredKinds],
      notes:
        'The report is overdue from the day after its due day (31 May; 31 March for foundations). ' +
        'An organization still listed for a missing report is not listed again for the next ' +
        'missing year: re-listing would restart the count (AB-09) and keep a non-filer from ever ' +
        'reaching the two years of SL-01.',
      when: when.all(
        when.active(),
        when.reportOverdue(),
        when.not(when.onList('abnormal', { reasons: ['annual_report_missing'] })),
      ),
      then: [effects.list('abnormal', 'annual_report_missing', { mode: 'automatic' })],
    }),
    rule({
      id: 'AB-03',
      title: {
        zh: '抽查发现问题，责令整改逾期未整改的，列入活动异常名录',
        en: 'Spot-check rectification overdue: abnormal list',
      },
      source: { ...ORDER_60, article: '活动异常名录条款第（三）项' },
      effective: { from: ORDER_60_FROM },
      notes:
        'Overdue from the day after the deadline the notice states. Each overdue order lists the ' +
        'organization once: an order a listing already rests on is not counted again. An order ' +
        'the supervising unit or another department certified the organization not directly ' +
        'responsible for, by the date, does not count (AB-08, the draft’s "may skip listing").',
      when: when.all(
        when.active(),
        when.count(
          entries.rectifications({
            standing: true,
            notBasisOf: 'abnormal',
            where: where.all(
              where.eq('source', 'spot_check'),
              where.lt('deadline', where.at),
              notCertifiedNotResponsible,
            ),
            label: { zh: '逾期未完成的抽查整改', en: 'overdue spot-check rectifications' },
          }),
        ),
      ),
      then: [effects.list('abnormal', 'rectification_overdue', { mode: 'automatic' })],
    }),
    rule({
      id: 'AB-05',
      title: {
        zh: '受到警告或者不满5万元罚款处罚的，列入活动异常名录',
        en: 'Warning or fine under 50,000 yuan: abnormal list',
      },
      source: { ...ORDER_60, article: '活动异常名录条款第（五）项' },
      effective: { from: ORDER_60_FROM },
      notes:
        'Penalties of any department count, not only the registrar’s. A decision that also ' +
        'suspends, revokes or fines 50,000 yuan or more is a serious-list case instead. Only ' +
        'penalties in effect from 2018-01-24 count, each once; a revoked penalty does not, nor ' +
        'one the supervising unit or another department certified the organization not ' +
        'directly responsible for by the date (AB-08, the draft’s "may skip listing").',
      when: when.all(
        when.active(),
        when.count(
          entries.penalties({
            standing: true,
            notBasisOf: 'abnormal',
            where: where.all(
              minorPenalty,
              takenEffectSince(ORDER_60_FROM),
              notCertifiedNotResponsible,
            ),
            label: { zh: '警告或5万元以下罚款', en: 'warnings or fines under 50,000 yuan' },
          }),
        ),
      ),
      then: [effects.list('abnormal', 'warning_or_small_fine', { mode: 'automatic' })],
    }),
    rule({
      id: 'AB-10',
      title: {
        zh: '补报年度工作报告后移出活动异常名录',
        en: 'Report filed: remove from the abnormal list',
      },
      source: order60Draft('第十四条'),
      effective: { from: ORDER_60_FROM },
      notes:
        `The registrar removes within ${parameters.removalWorkingDays} working days of the day the ` +
        'report is on file (the 2017 draft says 5 working days from verification; the final text ' +
        'was not seen, so the count is the removalWorkingDays parameter). The removal waits for ' +
        'the registrar, who verifies the report. Every report due in the last ' +
        `${FILED_YEARS} years must be on file, not only the latest: a listing lasts at most 2 ` +
        'years before SL-01 escalates it, so the year it rests on is among them.',
      when: when.all(
        when.onList('abnormal', { reasons: ['annual_report_missing'] }),
        when.reports(['on_time', 'late', 'exempt'], FILED_YEARS),
      ),
      then: [
        effects.remove('abnormal', 'obligation_fulfilled', {
          mode: 'needs_decision',
          listed: ['annual_report_missing'],
        }),
        effects.oblige('remove_from_list', 'registrar', {
          due: { from: 'since', workingDays: parameters.removalWorkingDays },
        }),
      ],
    }),
    rule({
      id: 'AB-10.rectified',
      title: {
        zh: '完成整改后移出活动异常名录',
        en: 'Rectification done: remove from the abnormal list',
      },
      source: order60Draft('第十四条'),
      effective: { from: ORDER_60_FROM },
      notes:
        'The second case of AB-10: no spot-check rectification is overdue any more. Same ' +
        'removal period as AB-10 (removalWorkingDays).',
      when: when.all(
        when.onList('abnormal', { reasons: ['rectification_overdue'] }),
        when.not(when.rectification({ overdue: true, source: ['spot_check'] })),
      ),
      then: [
        effects.remove('abnormal', 'rectified', {
          mode: 'needs_decision',
          listed: ['rectification_overdue'],
        }),
        effects.oblige('remove_from_list', 'registrar', {
          due: { from: 'since', workingDays: parameters.removalWorkingDays },
        }),
      ],
    }),
    rule({
      id: 'AB-11',
      title: {
        zh: '因行政处罚列入活动异常名录期满的，移出',
        en: 'A penalty listing ends when its period has run',
      },
      source: order60Draft('第十四条'),
      effective: { from: ORDER_60_FROM },
      notes:
        'A listing on a penalty has nothing to rectify, so it ends ex officio once it has lasted ' +
        'the penaltyListingLasts parameter (6 months in the 2017 draft), counted by the policy’s ' +
        'convention from the latest such listing: a new one restarts the count (AB-09).',
      when: when.listedFor('abnormal', parameters.penaltyListingLasts, {
        reasons: ['warning_or_small_fine'],
      }),
      then: [
        effects.remove('abnormal', 'expired', {
          mode: 'automatic',
          listed: ['warning_or_small_fine'],
        }),
      ],
    }),
  ]
}
