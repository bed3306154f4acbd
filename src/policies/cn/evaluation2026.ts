import { EVALUATION_2026_FROM } from '../../evaluation'
import { registeredKinds } from '../../identity'
import { effects, entries, type Rule, rule, when, where } from '../../rules'
import { noRecentGradeAction, suspensionRunning } from './gradeActions'
import { minorPenalty } from './penaltyKinds'
import { EVALUATION_2026 } from './sources'

const IN_FORCE = { from: EVALUATION_2026_FROM }

/**
 * B5 under the revised measures (from 2026-03-01): the relaxed exclusions (EV-21), re-evaluation
 * in the first four years (EV-22, in place of EV-16), and verification evaluations (EV-24) in
 * place of the 2011 downgrade grounds.
 */
export function evaluation2026Rules(): Rule[] {
  return [
    rule({
      id: 'EV-02',
      title: {
        zh: '未参加年检或受到较重行政处罚的，不予评估',
        en: 'Excluded from evaluation: inspection missed or a heavier penalty',
      },
      source: EVALUATION_2026,
      effective: IN_FORCE,
      appliesTo: [...registeredKinds],
      notes:
        'EV-21: an unqualified inspection, two years basically qualified, an investigation and ' +
        'minor penalties (a warning or a fine under 50,000 yuan) no longer exclude. What stays is ' +
        'read from the 2011 list, as the revised text was not seen.',
      when: when.any(
        when.inspections(['not_inspected'], 1),
        when.count(
          entries.penalties({
            standing: true,
            where: where.not(minorPenalty),
            label: { zh: '较重的行政处罚', en: 'penalties heavier than a warning or small fine' },
          }),
          { window: { calendarYear: 'previous' } },
        ),
        suspensionRunning,
      ),
      then: [effects.bar('evaluation')],
    }),
    rule({
      id: 'EV-17',
      title: {
        zh: '有效期内发生可能影响等级的情形的，开展核查评估',
        en: 'Event affecting the grade: verification evaluation',
      },
      source: EVALUATION_2026,
      effective: IN_FORCE,
      notes:
        'EV-24: the grade is adjusted after a verification evaluation rather than downgraded ' +
        'outright. The events are the 2011 downgrade grounds the record shows (inspections, ' +
        'penalties); the registrar records the result as a new grade or a grade action.',
      when: when.all(
        when.grade({ valid: true }),
        when.any(
          when.inspections(['basically_qualified'], 2),
          when.inspections(['unqualified', 'not_inspected'], 1),
          when.count(
            entries.penalties({ standing: true, label: { zh: '行政处罚', en: 'penalties' } }),
            { window: { years: 1 } },
          ),
        ),
        noRecentGradeAction,
      ),
      then: [
        effects.oblige('verify_grade', 'registrar', {
          title: {
            zh: '开展核查评估并相应调整评估等级',
            en: 'carry out a verification evaluation and adjust the grade',
          },
        }),
      ],
    }),
    rule({
      id: 'EV-22',
      title: {
        zh: '评估等级有效期前4年内可以申请重新评估',
        en: 'First four years of validity: may apply for re-evaluation',
      },
      source: EVALUATION_2026,
      effective: IN_FORCE,
      notes:
        'The re-evaluation window the credit file derives from the measures the grade was ' +
        'announced under: for a 2026 grade the first 4 years of validity from its validFrom ' +
        '(1 January after the announcement, EV-25), to the day before the fourth anniversary. A ' +
        'grade announced under Order 39 keeps that order’s window, the last 2 years before it ' +
        'expires: the catalogue has no transitional rule. The simplified site visit of the first ' +
        '2 years is the evaluator’s choice and not a decision of the record.',
      when: when.grade({ valid: true, reEvaluation: true }),
      then: [effects.grant('evaluation')],
    }),
  ]
}
