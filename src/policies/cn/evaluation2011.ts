import { coolOffPeriods, EVALUATION_2011_FROM, EVALUATION_2026_FROM } from '../../evaluation'
import { registeredKinds } from '../../identity'
import { effects, entries, type Rule, rule, when } from '../../rules'
import { noRecentGradeAction, penalisedLastYear, suspensionRunning } from './gradeActions'
import { order39 } from './sources'

const IN_FORCE = { from: EVALUATION_2011_FROM, to: EVALUATION_2026_FROM }
const DOWNGRADE = { mode: 'needs_decision', coolOff: coolOffPeriods.downgraded } as const

/**
 * B5 under Order 39 (2011-03-01 to 2026-02-28): the exclusions from evaluation, renewal in the
 * last two years of validity, and the downgrade grounds. evaluation2026.ts holds the versions
 * that replace them.
 */
export function evaluation2011Rules(): Rule[] {
  return [
    rule({
      id: 'EV-02',
      title: {
        zh: '年检不合格、连续2年基本合格、上年度受到行政处罚等情形的，不予评估',
        en: 'Excluded from evaluation: failed inspections or recent penalties',
      },
      source: order39('第七条', 'Art. 7'),
      effective: IN_FORCE,
      appliesTo: [...registeredKinds],
      notes:
        '"Last year’s inspection" is the latest conclusion on record: the record cannot tell an ' +
        'inspection missed from one not yet held, so registrars record not_inspected. "Under ' +
        'investigation" is an InvestigationOpened not closed by the date (立案调查).',
      when: when.any(
        when.inspections(['unqualified', 'not_inspected'], 1),
        when.inspections(['basically_qualified'], 2),
        penalisedLastYear,
        suspensionRunning,
        when.count(
          entries.investigations({
            standing: true,
            label: { zh: '未结案的立案调查', en: 'open investigations' },
          }),
        ),
      ),
      then: [effects.bar('evaluation')],
    }),
    rule({
      id: 'EV-16',
      title: {
        zh: '评估等级有效期满前2年内可以申请重新评估',
        en: 'Last two years of validity: may apply for renewal',
      },
      source: order39('第二十九条', 'Art. 29'),
      effective: IN_FORCE,
      notes:
        'The last 2 years before the grade expires, exactly 2 years ending on its validTo: the ' +
        're-evaluation window the credit file derives from the measures the grade was announced ' +
        'under. A grade announced under Order 39 keeps this window after 2026-03-01, as it keeps ' +
        'its validity (EV-22 reads the same window). Not applying leaves no grade once it expires.',
      when: when.grade({ valid: true, reEvaluation: true }),
      then: [effects.grant('evaluation')],
    }),
    rule({
      id: 'EV-17',
      title: {
        zh: '连续2年年检基本合格的，降低评估等级',
        en: 'Basically qualified two years running: downgrade',
      },
      source: order39('第三十条', 'Art. 30'),
      effective: IN_FORCE,
      notes:
        'One step down with a 2-year cool-off (EV-18); the registrar may cancel instead in a ' +
        'serious case, so the proposal waits for a decision.',
      when: when.all(
        when.grade({ valid: true }),
        when.inspections(['basically_qualified'], 2),
        noRecentGradeAction,
      ),
      then: [effects.downgrade('consecutive_basically_qualified', DOWNGRADE)],
    }),
    rule({
      id: 'EV-17.inspection',
      title: {
        zh: '上年度年检不合格或未参加年检的，降低评估等级',
        en: 'Inspection failed or missed: downgrade',
      },
      source: order39('第三十条', 'Art. 30'),
      effective: IN_FORCE,
      notes: 'Another EV-17 ground; the latest inspection on record is read as last year’s.',
      when: when.all(
        when.grade({ valid: true }),
        when.inspections(['unqualified', 'not_inspected'], 1),
        noRecentGradeAction,
      ),
      then: [effects.downgrade('unqualified_or_not_inspected', DOWNGRADE)],
    }),
    rule({
      id: 'EV-17.penalty',
      title: {
        zh: '受到警告、罚款、没收、停止活动等行政处罚的，降低评估等级',
        en: 'Penalised while graded: downgrade',
      },
      source: order39('第三十条', 'Art. 30'),
      effective: IN_FORCE,
      notes:
        'Another EV-17 ground: a penalty that took effect in the last year while the grade was ' +
        'valid; the year counts back by the policy’s convention.',
      when: when.all(
        when.grade({ valid: true }),
        when.count(
          entries.penalties({ standing: true, label: { zh: '行政处罚', en: 'penalties' } }),
          { window: { years: 1 } },
        ),
        noRecentGradeAction,
      ),
      then: [effects.downgrade('penalty', DOWNGRADE)],
    }),
  ]
}
