import { describe, expect, it } from 'vitest'
import { obligations } from '../../../src/disclosure'
import { cnPolicy } from '../../../src/policies'
import type { GivenEntry } from '../../../src/testing'
import { fileOf } from '../givenFile'
import { registered, specOf } from '../history'

// CH-02 to CH-04, Order 74 Arts. 7, 10-11 and 13: the registrar decides an application within
// 20 days; a plan is filed 10 days before its campaign (an emergency one within 10 days after
// it starts), published within 10 days, normally at most 3 years (1 year) long; an emergency
// campaign discloses its receipts every 5 days of the emergency phase.

const REGISTRAR = '上海市民政局'
const foundation = registered('2018-01-10', 'foundation', { charity: true })
const applied = (on: string): GivenEntry => ({
  type: 'PublicFundraisingApplied',
  effectiveAt: on,
  data: { department: REGISTRAR },
})
const granted = (on: string): GivenEntry => ({
  type: 'PublicFundraisingQualificationGranted',
  effectiveAt: on,
  data: { department: REGISTRAR },
})
const refused = (on: string, application: number): GivenEntry => ({
  type: 'PublicFundraisingRefused',
  effectiveAt: on,
  amends: application,
  data: { department: REGISTRAR, reasons: '理事会成员来自同一组织的超过三分之一' },
})
const plan = (
  on: string,
  period: { from: string; to: string },
  extra: { emergency?: boolean; emergencyPhaseTo?: string; recordedAt?: string } = {},
): GivenEntry => ({
  type: 'FundraisingPlanFiled',
  effectiveAt: on,
  ...(extra.recordedAt === undefined ? {} : { recordedAt: extra.recordedAt }),
  data: {
    title: extra.emergency ? '防汛救灾紧急募捐' : '困境儿童助学公开募捐',
    period,
    emergency: extra.emergency ?? false,
    ...(extra.emergencyPhaseTo === undefined ? {} : { emergencyPhaseTo: extra.emergencyPhaseTo }),
    filedWith: REGISTRAR,
  },
})
const receipts = (
  on: string,
  campaign?: number,
  period?: { from: string; to: string },
): GivenEntry => ({
  type: 'DisclosurePublished',
  effectiveAt: on,
  data: {
    category: 'public_fundraising',
    title: '募得款物接收情况',
    body: '截至当日接收捐赠款物明细',
    visibility: 'public',
    ...(campaign === undefined ? {} : { campaign }),
    ...(period === undefined ? {} : { period }),
  },
})

const duties = (at: string, kind: string, ...given: GivenEntry[]) =>
  obligations(cnPolicy, fileOf(at, foundation, ...given), { at })
    .filter((duty) => duty.kind === kind)
    .map(({ id, dueOn, status }) => ({ id, dueOn, status }))

describe('CH-02 the decision on an application', () => {
  const spec = specOf('CH-02', cnPolicy)

  it('obliges the registrar 20 days from the application, moved off the weekend', () => {
    spec
      .given(foundation, applied('2025-03-03'))
      .when({ at: '2025-03-10' })
      .then([
        {
          rule: 'CH-02',
          oblige: 'decide_fundraising_application',
          who: 'registrar',
          due: '2025-03-24',
          state: 'due',
        },
      ])
  })

  it('is due on the moved last day and overdue the day after (CH-02 near miss)', () => {
    spec
      .given(foundation, applied('2025-03-03'))
      .when({ at: '2025-03-24' })
      .then([{ rule: 'CH-02', state: 'due' }])
    spec
      .given(foundation, applied('2025-03-03'))
      .when({ at: '2025-03-25' })
      .then([{ rule: 'CH-02', state: 'overdue' }])
  })

  it('is met by a grant or a refusal', () => {
    spec
      .given(foundation, applied('2025-03-03'), granted('2025-03-20'))
      .when({ at: '2025-04-01' })
      .thenNothing()
    spec
      .given(foundation, applied('2025-03-03'), refused('2025-03-28', 1))
      .when({ at: '2025-04-01' })
      .thenNothing()
  })

  it('counts from the earlier of two open applications, then from the later once the first is refused', () => {
    spec
      .given(foundation, applied('2025-03-03'), applied('2025-03-17'))
      .when({ at: '2025-03-20' })
      .then([{ rule: 'CH-02', due: '2025-03-24' }])
    spec
      .given(foundation, applied('2025-03-03'), applied('2025-03-17'), refused('2025-03-21', 1))
      .when({ at: '2025-03-25' })
      .then([{ rule: 'CH-02', due: '2025-04-07', state: 'due' }])
  })

  it('holds under the Charity Law of 2016 before Order 74', () => {
    spec
      .given(foundation, applied('2019-05-06'))
      .when({ at: '2019-06-10' })
      .then([{ rule: 'CH-02', due: '2019-05-27', state: 'overdue' }])
  })
})

describe('CH-03 an ordinary campaign’s plan', () => {
  const YEAR = { from: '2025-03-20', to: '2026-03-19' }

  it('is filed in time on the 10th day before the campaign, late the day after (CH-03 near miss)', () => {
    expect(duties('2025-04-01', 'fundraising_plan_filing', plan('2025-03-10', YEAR))).toEqual([
      { id: 'fundraising_plan_filing:1', dueOn: '2025-03-10', status: 'done' },
    ])
    expect(duties('2025-04-01', 'fundraising_plan_filing', plan('2025-03-11', YEAR))).toEqual([
      { id: 'fundraising_plan_filing:1', dueOn: '2025-03-10', status: 'done_late' },
    ])
  })

  it('is published by the authority on the day the ledger records it, overdue past 10 days', () => {
    expect(duties('2025-03-21', 'fundraising_plan_publication', plan('2025-03-10', YEAR))).toEqual([
      { id: 'fundraising_plan_publication:1', dueOn: '2025-03-20', status: 'done' },
    ])
    const late = plan('2025-03-10', YEAR, { recordedAt: '2025-03-25T09:00:00+08:00' })
    expect(duties('2025-03-21', 'fundraising_plan_publication', late)).toEqual([
      { id: 'fundraising_plan_publication:1', dueOn: '2025-03-20', status: 'overdue' },
    ])
    expect(duties('2025-03-26', 'fundraising_plan_publication', late)).toEqual([
      { id: 'fundraising_plan_publication:1', dueOn: '2025-03-20', status: 'done_late' },
    ])
  })

  it('asks nothing of a campaign of 3 years to the day, and a correction of one a day longer (CH-03 near miss)', () => {
    const threeYears = { from: '2025-04-01', to: '2028-03-31' }
    expect(
      duties('2025-03-20', 'fundraising_plan_correction', plan('2025-03-14', threeYears)),
    ).toEqual([])
    expect(
      duties(
        '2025-03-20',
        'fundraising_plan_correction',
        plan('2025-03-14', { from: '2025-04-01', to: '2028-04-01' }),
      ),
    ).toEqual([{ id: 'fundraising_plan_correction:1', dueOn: '2025-03-19', status: 'overdue' }])
  })

  it('leaves plans filed before Order 74 alone, even read after it', () => {
    expect(
      duties(
        '2025-01-01',
        'fundraising_plan_filing',
        plan('2024-09-04', { from: '2024-09-10', to: '2025-09-09' }),
      ),
    ).toEqual([])
    expect(
      duties(
        '2025-01-01',
        'fundraising_plan_filing',
        plan('2024-09-05', { from: '2024-09-10', to: '2025-09-09' }),
      ),
    ).toEqual([{ id: 'fundraising_plan_filing:1', dueOn: '2024-08-31', status: 'done_late' }])
  })

  it('leaves emergency plans to CH-04, and plans before Order 74 alone', () => {
    const emergency = plan('2025-07-11', YEAR, { emergency: true })
    expect(duties('2025-07-20', 'fundraising_plan_filing', emergency)[0]?.dueOn).toBe('2025-03-31')
    expect(duties('2024-09-01', 'fundraising_plan_filing', plan('2024-08-01', YEAR))).toEqual([])
  })
})

describe('CH-04 an emergency campaign', () => {
  const FLOOD = { from: '2025-07-01', to: '2025-12-31' }
  const emergency = (on: string, phaseTo?: string) =>
    plan(on, FLOOD, {
      emergency: true,
      ...(phaseTo === undefined ? {} : { emergencyPhaseTo: phaseTo }),
    })

  it('files within 10 days after it starts, late the day after (CH-04 near miss)', () => {
    expect(duties('2025-07-20', 'fundraising_plan_filing', emergency('2025-07-11'))).toEqual([
      { id: 'fundraising_plan_filing:1', dueOn: '2025-07-11', status: 'done' },
    ])
    expect(duties('2025-07-20', 'fundraising_plan_filing', emergency('2025-07-14'))).toEqual([
      { id: 'fundraising_plan_filing:1', dueOn: '2025-07-11', status: 'done_late' },
    ])
  })

  it('discloses receipts every 5 days through the emergency phase, met within each span', () => {
    expect(
      duties(
        '2025-07-30',
        'emergency_receipts',
        emergency('2025-07-08', '2025-07-20'),
        receipts('2025-07-06', undefined, { from: '2025-07-01', to: '2025-07-05' }),
        receipts('2025-07-07', 1),
      ),
    ).toEqual([
      { id: 'emergency_receipts:1:1', dueOn: '2025-07-06', status: 'done' },
      { id: 'emergency_receipts:1:2', dueOn: '2025-07-11', status: 'done' },
      { id: 'emergency_receipts:1:3', dueOn: '2025-07-16', status: 'overdue' },
      { id: 'emergency_receipts:1:4', dueOn: '2025-07-20', status: 'overdue' },
    ])
  })

  it('does not count a disclosure that names no campaign and states no period (CH-04 near miss)', () => {
    expect(
      duties(
        '2025-07-08',
        'emergency_receipts',
        emergency('2025-07-03', '2025-07-06'),
        receipts('2025-07-06'),
      ),
    ).toEqual([{ id: 'emergency_receipts:1:1', dueOn: '2025-07-06', status: 'overdue' }])
  })

  it('does not count a disclosure naming no campaign whose period reaches outside it (CH-04 near miss)', () => {
    expect(
      duties(
        '2025-07-08',
        'emergency_receipts',
        emergency('2025-07-03', '2025-07-06'),
        receipts('2025-07-06', undefined, { from: '2025-06-30', to: '2025-07-05' }),
      ),
    ).toEqual([{ id: 'emergency_receipts:1:1', dueOn: '2025-07-06', status: 'overdue' }])
  })

  it('owes one report, due on its last day, for a phase of 4 days', () => {
    expect(
      duties('2025-07-10', 'emergency_receipts', emergency('2025-07-08', '2025-07-04')),
    ).toEqual([{ id: 'emergency_receipts:1:1', dueOn: '2025-07-04', status: 'overdue' }])
  })

  it('owes the days left after the last whole 5 days on the phase’s last day, and nothing after a phase of whole spans (CH-04 near miss)', () => {
    expect(
      duties('2025-07-20', 'emergency_receipts', emergency('2025-07-08', '2025-07-13')).map(
        (item) => item.dueOn,
      ),
    ).toEqual(['2025-07-06', '2025-07-11', '2025-07-13'])
    expect(
      duties('2025-07-20', 'emergency_receipts', emergency('2025-07-08', '2025-07-11')).map(
        (item) => item.dueOn,
      ),
    ).toEqual(['2025-07-06', '2025-07-11'])
  })

  it('ends the phase with the campaign when the phase is stated to end later', () => {
    const short = plan(
      '2025-07-05',
      { from: '2025-07-01', to: '2025-07-08' },
      { emergency: true, emergencyPhaseTo: '2025-07-31' },
    )
    expect(duties('2025-08-10', 'emergency_receipts', short).map((item) => item.dueOn)).toEqual([
      '2025-07-06',
      '2025-07-08',
    ])
  })

  it('counts a disclosure on the span’s last day, and not one naming another campaign (CH-04 near miss)', () => {
    expect(
      duties(
        '2025-07-08',
        'emergency_receipts',
        emergency('2025-07-03', '2025-07-06'),
        receipts('2025-07-06', 1),
      ),
    ).toEqual([{ id: 'emergency_receipts:1:1', dueOn: '2025-07-06', status: 'done' }])
    expect(
      duties(
        '2025-07-08',
        'emergency_receipts',
        emergency('2025-07-03', '2025-07-06'),
        receipts('2025-07-06', 9),
      ),
    ).toEqual([{ id: 'emergency_receipts:1:1', dueOn: '2025-07-06', status: 'overdue' }])
  })

  it('asks a correction of an emergency campaign longer than a year', () => {
    const long = plan('2025-07-05', { from: '2025-07-01', to: '2026-07-01' }, { emergency: true })
    expect(duties('2025-07-06', 'fundraising_plan_correction', long)).toEqual([
      { id: 'fundraising_plan_correction:1', dueOn: '2025-07-10', status: 'due' },
    ])
  })
})
