import { describe, expect, it } from 'vitest'
import { at, history } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'
import { everyKindRules } from './everyKind'
import { examplePolicy } from './fixtures'

const registered = at('2019-03-01', 'OrganizationRegistered')
const report = (year: number, on: string) => at(on, 'AnnualReportFiled', { data: { year } })
const every = examplePolicy(everyKindRules)

describe('evaluate: the annual report obligation (AI-01)', () => {
  it('is due until 31 May, overdue after, for last year’s report', () => {
    const entries = history(registered)
    expect(decisionsAt(entries, '2024-04-01', 'AI-01')).toMatchObject([
      {
        kind: 'obligation',
        duty: 'file_annual_report',
        who: 'organization',
        due: '2024-05-31',
        state: 'due',
        since: '2024-01-01',
      },
    ])
    expect(decisionsAt(entries, '2024-06-01', 'AI-01')).toMatchObject([
      { due: '2024-05-31', state: 'overdue' },
    ])
  })

  it('is done once the report is filed, and cites the filing', () => {
    const entries = history(registered, report(2023, '2024-05-20'))
    expect(decisionsAt(entries, '2024-05-20', 'AI-01')).toMatchObject([
      { state: 'done', inputs: [0, 1] },
    ])
    expect(decisionsAt(entries, '2024-05-19', 'AI-01')).toMatchObject([
      { state: 'due', inputs: [0] },
    ])
  })

  it('turns to the next year’s report on 1 January', () => {
    const entries = history(registered, report(2023, '2024-05-20'))
    expect(decisionsAt(entries, '2025-01-01', 'AI-01')).toMatchObject([
      { due: '2025-05-31', state: 'due' },
    ])
  })

  it('applies only to social groups, and not before the founding year ends', () => {
    const foundation = history(
      at('2019-03-01', 'OrganizationRegistered', { data: { kind: 'foundation' } }),
    )
    expect(decisionsAt(foundation, '2024-04-01', 'AI-01')).toEqual([])
    const young = history(at('2024-02-01', 'OrganizationRegistered'))
    expect(decisionsAt(young, '2024-04-01', 'AI-01')).toEqual([])
  })
})

describe('evaluate: consecutive years', () => {
  it('recommends revoking the registration after three years without reports, for decision (AI-08)', () => {
    const entries = history(registered, report(2019, '2020-05-10'), report(2020, '2021-07-10'))
    expect(decisionsAt(entries, '2023-05-31', 'X-YEARS', every)).toEqual([])
    expect(decisionsAt(entries, '2023-06-01', 'X-YEARS', every)).toMatchObject([
      {
        mode: 'needs_decision',
        entry: {
          type: 'RegistrationRevoked',
          effectiveAt: '2023-06-01',
          data: {
            kind: 'registration_cancelled',
            ground: 'annual_inspection',
            decidedOn: '2023-06-01',
            facts: 'three years without reports（规则X-YEARS）',
          },
        },
      },
    ])
    expect(
      decisionsAt(entries, '2023-06-01', 'X-YEARS', every)[0]?.because.children?.[1]?.text.en,
    ).toBe('annual reports 2020–2022: filed late, missing, missing')
  })

  it('ends the streak at a report on file before its due day, from the day it is filed', () => {
    const entries = history(
      registered,
      report(2019, '2020-05-10'),
      report(2020, '2021-07-10'),
      report(2023, '2024-02-20'),
    )
    expect(decisionsAt(entries, '2024-02-19', 'X-YEARS', every)).toHaveLength(1)
    expect(decisionsAt(entries, '2024-02-20', 'X-YEARS', every)).toEqual([])
  })

  it('reads last year’s inspection as missing when none was recorded since founding', () => {
    const entries = history(
      registered,
      at('2023-06-30', 'AnnualInspectionConcluded', {
        data: { year: 2022, result: 'qualified', reasons: undefined },
      }),
    )
    expect(decisionsAt(entries, '2023-12-31', 'X-INSPECT', every)).toEqual([])
    expect(decisionsAt(entries, '2024-01-01', 'X-INSPECT', every)).toMatchObject([
      { effect: 'bar', benefit: 'evaluation', until: '2024-12-31' },
    ])
    expect(decisionsAt(entries, '2024-01-01', 'X-INSPECT', every)[0]?.because.text.zh).toBe(
      '2023年度年检：无记录',
    )
  })

  it('does not count years before the founding as missing', () => {
    const entries = history(at('2023-03-01', 'OrganizationRegistered'))
    expect(decisionsAt(entries, '2023-06-01', 'X-INSPECT', every)).toEqual([])
  })
})
