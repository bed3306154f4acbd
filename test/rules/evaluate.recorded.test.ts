import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { effects } from '../../src/rules/effects'
import { nextChange } from '../../src/rules/nextChange'
import { rule } from '../../src/rules/rule'
import { when } from '../../src/rules/when'
import { entries } from '../../src/rules/where'
import { at, history } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'
import { examplePolicy } from './fixtures'
import { EV17 } from './nationalRules'

// A rule that lists on any standing penalty and, unlike the national rules, does not leave out
// the penalties a listing already names: what holds it back is the engine alone.
const onPenalty = examplePolicy([
  rule({
    id: 'X-LIST',
    title: { zh: '受到处罚的，列入活动异常名录', en: 'Penalised: abnormal list' },
    source: { instrument: '测试规则', confidence: 'R' },
    effective: { from: '2016-01-01' },
    when: when.count(entries.penalties({ standing: true })),
    then: [effects.list('abnormal', 'warning_or_small_fine', { mode: 'automatic' })],
  }),
])
const registered = at('2019-03-01', 'OrganizationRegistered')
const penalty = (on: string) => at(on, 'PenaltyImposed')
const listed = (on: string, reason: string, basedOn?: number[]) =>
  at(on, 'ListedOnAbnormalList', { data: { reason, basedOn } as never })
const proposed = (entries: ReturnType<typeof history>, day: string) =>
  decisionsAt(entries, day, 'X-LIST', onPenalty).map((d) => d.kind === 'proposal' && d.inputs)

describe('evaluate: a listing already in force is not proposed again', () => {
  it('proposes nothing while a listing for the same reason names the entries', () => {
    const file = history(
      registered,
      penalty('2023-03-10'),
      listed('2023-03-10', 'warning_or_small_fine', [1]),
    )
    expect(proposed(file, '2023-04-01')).toEqual([])
  })

  it('proposes the listing while the open one is for another reason', () => {
    const file = history(
      registered,
      penalty('2023-03-10'),
      listed('2023-03-10', 'unreachable', [1]),
    )
    expect(proposed(file, '2023-04-01')).toEqual([[1]])
  })

  it('proposes it for an entry the open listing does not name (a new ground restarts the count)', () => {
    const file = history(
      registered,
      penalty('2023-03-10'),
      listed('2023-03-10', 'warning_or_small_fine', [1]),
      penalty('2023-03-20'),
    )
    expect(proposed(file, '2023-04-01')).toEqual([[1, 3]])
  })

  it('takes a listing that names nothing to cover the entries dated on or before it', () => {
    const file = history(
      registered,
      penalty('2023-03-10'),
      listed('2023-03-10', 'warning_or_small_fine'),
    )
    expect(proposed(file, '2023-04-01')).toEqual([])
    const earlier = history(
      registered,
      listed('2023-03-09', 'warning_or_small_fine'),
      penalty('2023-03-10'),
    )
    expect(proposed(earlier, '2023-04-01')).toEqual([[2]])
  })

  it('proposes it again once that listing has ended', () => {
    const file = history(
      registered,
      penalty('2023-03-10'),
      listed('2023-03-10', 'warning_or_small_fine'),
      at('2023-09-11', 'RemovedFromAbnormalList', { amends: 2, data: { reason: 'expired' } }),
    )
    expect(proposed(file, '2023-09-10')).toEqual([])
    expect(proposed(file, '2023-09-11')).toEqual([[1]])
  })

  it('names the day the listing that holds it back ends as the next change', () => {
    const file = history(
      registered,
      penalty('2023-03-10'),
      listed('2023-03-10', 'warning_or_small_fine'),
      at('2023-09-11', 'RemovedFromAbnormalList', { amends: 2, data: { reason: 'expired' } }),
    )
    expect(nextChange(onPenalty, creditFileOf(file), { from: '2023-04-01' })).toBe('2023-09-11')
  })

  it('keeps an abnormal listing moved to the serious list in force while the serious listing is open (AB-12)', () => {
    const moved = [
      registered,
      listed('2021-06-01', 'annual_report_missing'),
      at('2023-06-02', 'ListedOnSeriousList', {
        data: { reason: 'abnormal_two_years', basedOn: [1] },
      }),
      at('2023-06-02', 'RemovedFromAbnormalList', { amends: 1, data: { reason: 'escalated' } }),
    ]
    expect(decisionsAt(history(...moved), '2024-06-01', 'AB-01')).toEqual([])
    const ended = history(
      ...moved,
      at('2025-06-03', 'RemovedFromSeriousList', {
        amends: 2,
        data: { reason: 'two_years_clean' },
      }),
    )
    expect(decisionsAt(ended, '2025-06-03', 'AB-01')).toMatchObject([
      { entry: { type: 'ListedOnAbnormalList', data: { reason: 'annual_report_missing' } } },
    ])
  })
})

describe('evaluate: a grade action already recorded is not proposed again', () => {
  const policy = examplePolicy([rule({ ...EV17, effective: { from: '2011-03-01' } })])
  const inspected = (year: number, on: string) =>
    at(on, 'AnnualInspectionConcluded', { data: { year, result: 'basically_qualified' } })
  const graded = [
    registered,
    at('2019-12-20', 'EvaluationGraded', {
      data: { announcedOn: '2019-12-20', validFrom: '2019-12-20', validTo: '2024-12-19' },
    }),
    inspected(2020, '2021-06-30'),
    inspected(2021, '2022-06-30'),
    at('2022-08-01', 'GradeDowngraded', { data: { coolOffUntil: '2024-07-31' } }),
  ]

  it('proposes nothing on the same inspections once the year after the downgrade has passed', () => {
    expect(decisionsAt(history(...graded), '2023-08-02', 'EV-17', policy)).toEqual([])
  })

  it('proposes a downgrade on an inspection concluded after it', () => {
    const again = history(...graded, inspected(2022, '2023-09-01'))
    expect(decisionsAt(again, '2023-09-01', 'EV-17', policy)).toMatchObject([
      { entry: { type: 'GradeDowngraded', data: { from: '3A', to: '2A' } } },
    ])
  })

  it('proposes it when the action recorded was on another ground', () => {
    const other = history(
      ...graded.slice(0, 4),
      at('2022-08-01', 'GradeDowngraded', {
        data: { ground: 'penalty', coolOffUntil: '2024-07-31' },
      }),
    )
    expect(decisionsAt(other, '2023-08-02', 'EV-17', policy)).toHaveLength(1)
  })
})
