import { describe, expect, it } from 'vitest'
import { at, history } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'
import { everyKindRules } from './everyKind'
import { examplePolicy } from './fixtures'

const registered = at('2015-03-01', 'OrganizationRegistered')
const every = examplePolicy(everyKindRules)

describe('evaluate: status and closures', () => {
  it('recommends a ban when activity goes on after revocation (DR-13)', () => {
    const entries = history(
      registered,
      at('2024-11-05', 'RegistrationRevoked'),
      at('2025-01-20', 'ActivityHeld'),
    )
    expect(decisionsAt(entries, '2025-01-19', 'X-CLOSED', every)).toEqual([])
    expect(decisionsAt(entries, '2025-01-20', 'X-CLOSED', every)).toMatchObject([
      {
        mode: 'needs_decision',
        inputs: [1, 2],
        entry: { type: 'Banned', effectiveAt: '2025-01-20', data: { decidedOn: '2025-01-20' } },
      },
    ])
  })

  it('proposes no entry the ledger would refuse for the stream’s status', () => {
    const entries = history(registered, at('2023-03-01', 'Deregistered'))
    expect(decisionsAt(entries, '2023-06-01', 'AB-01')).toEqual([])
    const closedFile = history(
      registered,
      at('2021-06-01', 'ListedOnAbnormalList'),
      at('2022-01-01', 'Deregistered'),
    )
    expect(decisionsAt(closedFile, '2023-06-02', 'SL-01')).toMatchObject([
      { entry: { type: 'RemovedFromAbnormalList' } },
    ])
  })

  it('lets a revoked penalty reopen the stream from the day it was revoked', () => {
    const entries = history(
      registered,
      at('2023-02-01', 'PenaltyImposed', {
        data: { sanctions: [{ kind: 'certificate_revoked' }] },
      }),
      at('2023-09-01', 'PenaltyRevoked', { amends: 1 }),
      at('2023-10-01', 'ActivityHeld'),
    )
    expect(decisionsAt(entries, '2023-08-31', 'X-CLOSED', every)).toEqual([])
    expect(decisionsAt(entries, '2023-10-01', 'X-CLOSED', every)).toEqual([])
  })
})

describe('evaluate: identity, dates and fields', () => {
  it('bars public fundraising for 5 years after the qualification was revoked (CH-07)', () => {
    const entries = history(
      registered,
      at('2020-01-10', 'PublicFundraisingQualificationGranted'),
      at('2022-03-01', 'PublicFundraisingQualificationRevoked'),
    )
    expect(decisionsAt(entries, '2027-03-01', 'X-ELAPSED', every)).toMatchObject([
      {
        effect: 'bar',
        benefit: 'public_fundraising',
        from: '2022-03-01',
        until: '2027-03-01',
        inputs: [2],
      },
    ])
    expect(decisionsAt(entries, '2027-03-02', 'X-ELAPSED', every)).toEqual([])
  })

  it('grants funding to a clean social group with a supervising unit, not to a foundation', () => {
    expect(decisionsAt(history(registered), '2016-06-01', 'X-GOOD', every)).toMatchObject([
      { effect: 'grant', benefit: 'funding', from: '2016-03-02' },
    ])
    const foundation = history(
      at('2015-03-01', 'OrganizationRegistered', { data: { kind: 'foundation' } }),
    )
    expect(decisionsAt(foundation, '2016-06-01', 'X-GOOD', every)).toEqual([])
  })

  it('reads ratios between fields of the latest report (DR-09)', () => {
    const spending = (publicBenefitSpending: number) =>
      at('2024-03-20', 'AnnualReportFiled', {
        data: {
          year: 2023,
          financials: { income: 1_000_000, expenditure: 900_000, publicBenefitSpending },
        },
      })
    expect(
      decisionsAt(history(registered, spending(700_000)), '2024-04-01', 'X-FIELD', every),
    ).toEqual([])
    expect(
      decisionsAt(history(registered, spending(690_000)), '2024-04-01', 'X-FIELD', every),
    ).toMatchObject([
      { kind: 'obligation', duty: 'disclose', due: '2024-04-07', state: 'due', inputs: [1] },
    ])
  })

  it('lists on the abnormal list the day after a spot-check rectification deadline passes (AB-03)', () => {
    const entries = history(registered, at('2024-03-01', 'RectificationOrdered'))
    expect(decisionsAt(entries, '2024-06-30', 'X-RECT', every)).toEqual([])
    expect(decisionsAt(entries, '2024-06-30', 'X-RECT-DUE', every)).toMatchObject([
      { duty: 'rectify', due: '2024-06-30', state: 'due' },
    ])
    expect(decisionsAt(entries, '2024-07-01', 'X-RECT', every)).toMatchObject([
      {
        entry: {
          type: 'ListedOnAbnormalList',
          effectiveAt: '2024-07-01',
          data: { reason: 'rectification_overdue', basedOn: [1] },
        },
      },
    ])
    const done = history(
      registered,
      at('2024-03-01', 'RectificationOrdered'),
      at('2024-06-15', 'RectificationCompleted', { amends: 1 }),
    )
    expect(decisionsAt(done, '2024-07-01', 'X-RECT', every)).toEqual([])
  })

  it('bars evaluation through the last day of the cool-off after a grade action (EV-18)', () => {
    const entries = history(
      registered,
      at('2021-05-20', 'EvaluationGraded', {
        data: {
          grade: '4A',
          announcedOn: '2021-05-20',
          validFrom: '2021-05-20',
          validTo: '2026-05-19',
        },
      }),
      at('2024-09-30', 'GradeDowngraded'),
    )
    // Two years from the downgrade's day, that day counted: the bar lifts on the anniversary.
    expect(decisionsAt(entries, '2026-09-29', 'X-COOL', every)).toMatchObject([
      { effect: 'bar', benefit: 'evaluation', until: '2026-09-29' },
    ])
    expect(decisionsAt(entries, '2026-09-30', 'X-COOL', every)).toEqual([])
  })

  it('proposes a fixed entry of any type, checked when the policy was built', () => {
    expect(decisionsAt(history(registered), '2023-03-02', 'X-PROPOSE', every)).toMatchObject([
      { entry: { type: 'Commended', effectiveAt: '2023-03-02', data: { honour: '诚信社会组织' } } },
    ])
  })

  it('opens the application for removal 2 clean years after a serious listing (SL-09)', () => {
    const entries = history(
      registered,
      at('2021-06-01', 'ListedOnSeriousList', {
        data: { reason: 'large_fine', basedOn: undefined },
      }),
    )
    expect(decisionsAt(entries, '2023-06-02', 'X-SL09', every)).toMatchObject([
      { duty: 'apply_for_removal', opensOn: '2023-06-02', due: null, state: 'due' },
    ])
  })
})
