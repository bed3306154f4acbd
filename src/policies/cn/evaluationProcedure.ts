import { EVALUATION_2011_FROM } from '../../evaluation'
import { effects, entries, type Rule, rule, when, where } from '../../rules'
import { order39 } from './sources'

// A day field of the item is on or before the evaluation date, and the other is not yet.
const reached = (field: string, pending: string) =>
  where.all(
    where.lte(field, where.at),
    where.any(where.missing(pending), where.gt(pending, where.at)),
  )

/**
 * B5, the duties the evaluation procedure sets, read from the `evaluations` and `gradeHistory`
 * sections: answer a review request (EV-10), return a certificate called back (EV-19), report
 * a 4A or 5A grade upward (EV-07). The 2026 revision keeps them as far as the catalogue knows.
 */
export function evaluationProcedureRules(): Rule[] {
  return [
    rule({
      id: 'EV-07',
      title: {
        zh: '评估等级为4A以上的，年底前报上一级民政部门备案',
        en: '4A and 5A grades are reported upward by 31 December',
      },
      source: order39('第十七条', 'Art. 17'),
      effective: { from: EVALUATION_2011_FROM },
      notes:
        'Due 31 December of the year the grade was announced (its EvaluationGraded day), for the ' +
        'registrar; a national-level organization’s registrar is the Ministry, with no level ' +
        'above. The record has no entry for the report itself, so the duty shows through the ' +
        'year of the announcement and is gone on 1 January.',
      when: when.all(
        when.count(
          entries.gradeHistory({
            where: where.all(where.eq('event', 'graded'), where.in('grade', ['4A', '5A'])),
            label: { zh: '4A以上评估等级', en: '4A or 5A grades awarded' },
          }),
          { window: { calendarYear: 'current' } },
        ),
        when.not(when.attribute('national_level')),
      ),
      then: [
        effects.oblige('report_grade_upward', 'registrar', {
          due: { from: 'last', endOf: 'year' },
        }),
      ],
    }),
    rule({
      id: 'EV-10',
      title: {
        zh: '申请复核的，应当自申请之日起15日内书面告知复核结果',
        en: 'A review request is answered in writing within 15 days',
      },
      source: order39('第二十二条、第二十三条', 'Arts. 22-23'),
      effective: { from: EVALUATION_2011_FROM },
      notes:
        'Art. 23 counts the 15 days from the committee’s decision, which the record holds only as ' +
        'the written answer, so the pack counts from the request: due 15 days after the day it ' +
        'was filed, moved off days off (Civil Code Art. 203), and met once the answer ' +
        '(EvaluationReviewAnswered) is on record. From 2026-03-01 the evaluation committee ' +
        'answers (EV-23). With two requests open at once, the days count from the later one.',
      when: when.count(
        entries.evaluations({
          where: where.some('reviews', reached('filedOn', 'answeredOn')),
          label: { zh: '待答复的复核申请', en: 'review requests waiting for an answer' },
        }),
      ),
      then: [
        effects.oblige('answer_review', 'registrar', {
          due: { from: 'since', period: { days: 15 } },
        }),
      ],
    }),
    rule({
      id: 'EV-19',
      title: {
        zh: '被降低或取消评估等级的，15日内交回证书和牌匾',
        en: 'Downgraded or cancelled: return the certificate within 15 days',
      },
      source: order39('第三十二条、第三十三条', 'Arts. 32-33'),
      effective: { from: EVALUATION_2011_FROM },
      notes:
        'Read from the certificate: one issued for the grade and not returned when the grade is ' +
        'lowered or cancelled is called back, due 15 days after the grade action, moved off days ' +
        'off (Civil Code Art. 203), and overdue until EvaluationCertificateReturned is on record. ' +
        'A grade with no certificate on record owes none.',
      when: when.count(
        entries.evaluations({
          where: reached('certificate.recalledOn', 'certificate.returnedOn'),
          label: {
            zh: '被收回而未交回的评估等级证书',
            en: 'certificates called back and not returned',
          },
        }),
      ),
      then: [
        effects.oblige('return_certificate', 'organization', {
          due: { from: 'since', period: { days: 15 } },
        }),
      ],
    }),
  ]
}
