import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import { effects, entries, rule, when, where } from '../../src/rules'
import { at, history } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'
import { examplePolicy } from './fixtures'

// The evaluations section in the rule language, and due days at the end of a year.

const waiting = rule({
  id: 'T-review',
  title: { zh: '复核待答复', en: 'A review waits for its answer' },
  source: { instrument: '《社会组织评估管理办法》', confidence: 'V' },
  effective: { from: '2011-03-01' },
  when: when.count(
    entries.evaluations({
      where: where.some(
        'reviews',
        where.all(
          where.lte('filedOn', where.at),
          where.any(where.missing('answeredOn'), where.gt('answeredOn', where.at)),
        ),
      ),
    }),
  ),
  then: [
    effects.oblige('answer_review', 'registrar', { due: { from: 'since', period: { days: 15 } } }),
  ],
})

const yearEnd = rule({
  id: 'T-year',
  title: { zh: '年底前报送', en: 'Report by the end of the year' },
  source: { instrument: '《社会组织评估管理办法》', confidence: 'V' },
  effective: { from: '2011-03-01' },
  when: when.count(entries.evaluations({ standing: true })),
  then: [effects.oblige('report', 'registrar', { due: { from: 'last', endOf: 'year' } })],
})

const policy = examplePolicy([waiting, yearEnd])
const entriesOf = history(
  at('2019-03-01', 'OrganizationRegistered'),
  at('2025-03-01', 'EvaluationApplied'),
  at('2025-07-01', 'EvaluationResultNoticed', {
    data: { period: { from: '2025-07-01', to: '2025-07-07' } },
  }),
  at('2025-07-05', 'EvaluationReviewRequested'),
  at('2025-07-18', 'EvaluationReviewAnswered'),
)

describe('evaluate: the evaluations section', () => {
  it('reads nested steps: a review request waits from its filing day until its answer', () => {
    expect(decisionsAt(entriesOf, '2025-07-04', 'T-review', policy)).toEqual([])
    expect(decisionsAt(entriesOf, '2025-07-05', 'T-review', policy)).toMatchObject([
      { kind: 'obligation', duty: 'answer_review', due: '2025-07-21', state: 'due' },
    ])
    expect(decisionsAt(entriesOf, '2025-07-18', 'T-review', policy)).toEqual([])
  })

  it('keeps an evaluation standing until it ends, and counts a due day to the end of its year', () => {
    expect(decisionsAt(entriesOf, '2025-03-01', 'T-year', policy)).toMatchObject([
      { duty: 'report', due: '2025-12-31', state: 'due' },
    ])
  })

  it('refuses a field evaluations do not have, and a due day at the end of anything but a year', () => {
    const misspelt = () =>
      examplePolicy([
        {
          ...yearEnd,
          when: when.count(entries.evaluations({ where: where.exists('notices.to') })),
        },
      ])
    expect(issues(misspelt)).toMatchObject([{ code: 'unknown_field' }])
    const month = () =>
      rule({
        ...yearEnd,
        then: [
          effects.oblige('report', 'registrar', {
            due: { from: 'last', endOf: 'month' as 'year' },
          }),
        ],
      })
    expect(issues(month)[0]?.path).toEqual(['then', 0, 'due', 'endOf'])
  })
})

function issues(make: () => unknown): readonly { code: string; path: readonly unknown[] }[] {
  try {
    make()
  } catch (error) {
    if (isLedgerError(error)) return error.issues
    throw error
  }
  throw new Error('expected the rule to be refused')
}
