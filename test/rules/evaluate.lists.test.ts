import { describe, expect, it } from 'vitest'
import { cnHolidays } from '../../src/policies'
import { rule } from '../../src/rules/rule'
import { addWorkingDays } from '../../src/time'
import { at, history, ORG } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'
import { examplePolicy, REPORTS } from './fixtures'
import { SL01 } from './nationalRules'

const registered = at('2019-03-01', 'OrganizationRegistered')
const report = (year: number, on: string) => at(on, 'AnnualReportFiled', { data: { year } })

describe('evaluate: a full period on a list (SL-01)', () => {
  const entries = history(
    registered,
    report(2019, '2020-05-20'),
    report(2020, '2021-05-20'),
    at('2021-06-01', 'ListedOnAbnormalList'),
  )

  it('does nothing on the last day of the two years, counting as the Civil Code does', () => {
    expect(decisionsAt(entries, '2023-06-01', 'SL-01')).toEqual([])
  })

  it('escalates from the day after: lists on the serious list and ends the abnormal stay, both automatic', () => {
    const [listing, removal] = decisionsAt(entries, '2023-06-02', 'SL-01')
    expect(listing).toMatchObject({
      kind: 'proposal',
      mode: 'automatic',
      since: '2023-06-02',
      inputs: [3],
      entry: {
        org: ORG,
        type: 'ListedOnSeriousList',
        effectiveAt: '2023-06-02',
        by: 'rule:SL-01',
        data: { reason: 'abnormal_two_years', department: '上海市浦东新区民政局', basedOn: [3] },
        cause: { rule: 'SL-01', inputs: [3] },
      },
    })
    expect(removal).toMatchObject({
      entry: { type: 'RemovedFromAbnormalList', amends: 3, data: { reason: 'escalated' } },
    })
  })

  it('escalates on the anniversary itself when the rule counts by the calendar', () => {
    const policy = examplePolicy([rule({ ...SL01, convention: 'calendar' })])
    expect(decisionsAt(entries, '2023-05-31', 'SL-01', policy)).toEqual([])
    expect(decisionsAt(entries, '2023-06-01', 'SL-01', policy)).toHaveLength(2)
  })

  it('restarts the count when the organization is listed again while listed (AB-09)', () => {
    const relisted = history(
      registered,
      at('2021-06-01', 'ListedOnAbnormalList'),
      at('2022-03-01', 'ListedOnAbnormalList', { data: { reason: 'warning_or_small_fine' } }),
    )
    expect(decisionsAt(relisted, '2023-06-02', 'SL-01')).toEqual([])
    const [listing] = decisionsAt(relisted, '2024-03-02', 'SL-01')
    expect(listing).toMatchObject({ inputs: [2], entry: { effectiveAt: '2024-03-02' } })
    const removals = decisionsAt(relisted, '2024-03-02', 'SL-01').slice(1)
    expect(removals.map((d) => d.kind === 'proposal' && d.entry.amends)).toEqual([1, 2])
  })

  it('counts from the first listing still open when asked to', () => {
    const earliest = rule({
      ...SL01,
      when: { kind: 'listedFor', list: 'abnormal', period: { years: 2 }, from: 'earliest' },
    })
    const relisted = history(
      registered,
      at('2021-06-01', 'ListedOnAbnormalList'),
      at('2022-03-01', 'ListedOnAbnormalList'),
    )
    expect(
      decisionsAt(relisted, '2023-06-02', 'SL-01', examplePolicy([earliest]))[0],
    ).toMatchObject({ inputs: [1] })
  })

  it('stops counting once the organization is removed', () => {
    const removed = history(
      registered,
      at('2021-06-01', 'ListedOnAbnormalList'),
      at('2022-01-05', 'RemovedFromAbnormalList', { amends: 1 }),
    )
    expect(decisionsAt(removed, '2023-06-02', 'SL-01')).toEqual([])
  })
})

describe('evaluate: an annual report past its due day (AB-01)', () => {
  const entries = history(registered, report(2021, '2022-05-10'))

  it('lists the organization from the day after 31 May, citing its registration', () => {
    expect(decisionsAt(entries, '2023-05-31', 'AB-01')).toEqual([])
    const [listing] = decisionsAt(entries, '2023-06-01', 'AB-01')
    expect(listing).toMatchObject({
      mode: 'automatic',
      inputs: [0],
      entry: {
        type: 'ListedOnAbnormalList',
        effectiveAt: '2023-06-01',
        data: { reason: 'annual_report_missing', basedOn: [0] },
      },
    })
  })

  it('keeps the day the report fell overdue when the sweep runs late', () => {
    expect(decisionsAt(entries, '2023-09-15', 'AB-01')[0]).toMatchObject({
      entry: { effectiveAt: '2023-06-01' },
    })
  })

  it('lets a late filing cure the omission', () => {
    const late = history(registered, report(2021, '2022-05-10'), report(2022, '2023-06-20'))
    expect(decisionsAt(late, '2023-07-01', 'AB-01')).toEqual([])
  })

  it('does not list an organization already on the list', () => {
    const listed = history(
      registered,
      report(2021, '2022-05-10'),
      at('2023-06-01', 'ListedOnAbnormalList'),
    )
    expect(decisionsAt(listed, '2023-06-02', 'AB-01')).toEqual([])
  })

  it('excuses a social service organization founded less than 6 months before the year ended (AI-02)', () => {
    const young = history(
      at('2022-08-01', 'OrganizationRegistered', { data: { kind: 'social_service_organization' } }),
    )
    expect(decisionsAt(young, '2023-06-01', 'AB-01')).toEqual([])
    expect(decisionsAt(young, '2024-06-01', 'AB-01')).toHaveLength(1)
  })

  it('gives a foundation until 31 March (AI-03)', () => {
    const foundation = history(
      at('2019-03-01', 'OrganizationRegistered', { data: { kind: 'foundation' } }),
    )
    expect(decisionsAt(foundation, '2023-04-01', 'AB-01')[0]).toMatchObject({
      entry: { effectiveAt: '2023-04-01' },
    })
    expect(REPORTS.due.foundation).toBe('03-31')
  })
})

describe('evaluate: removal once the report is filed (AB-10)', () => {
  const entries = history(
    registered,
    report(2021, '2022-05-10'),
    at('2023-06-05', 'ListedOnAbnormalList'),
    report(2022, '2023-06-20'),
  )

  it('proposes the removal for decision, and obliges the registrar within 5 working days', () => {
    const [obligation, removal] = decisionsAt(entries, '2023-06-21', 'AB-10')
    expect(removal).toMatchObject({
      mode: 'needs_decision',
      entry: {
        type: 'RemovedFromAbnormalList',
        amends: 2,
        effectiveAt: '2023-06-20',
        data: { reason: 'obligation_fulfilled' },
      },
    })
    // Dragon Boat Festival: 22-24 June 2023 off, Sunday 25 June worked.
    expect(addWorkingDays('2023-06-20', 5, cnHolidays)).toBe('2023-06-28')
    expect(obligation).toMatchObject({
      kind: 'obligation',
      duty: 'remove_from_list',
      who: 'registrar',
      due: '2023-06-28',
      state: 'due',
    })
    expect(decisionsAt(entries, '2023-06-29', 'AB-10')[0]).toMatchObject({ state: 'overdue' })
  })

  it('proposes nothing while the report is still missing', () => {
    expect(decisionsAt(entries, '2023-06-10', 'AB-10')).toEqual([])
  })
})
