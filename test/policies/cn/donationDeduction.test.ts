import { describe, expect, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import type { GivenEntry } from '../../../src/testing'
import { graded, registered, specOf } from '../history'

const granted = (on: string, validFrom: string, validTo: string): GivenEntry => ({
  type: 'DonationDeductionQualificationGranted',
  effectiveAt: on,
  data: { validFrom, validTo, departments: ['finance', 'tax', 'civil_affairs'] },
})
const lost = (on: string, amends = 1): GivenEntry => ({
  type: 'DonationDeductionQualificationLost',
  effectiveAt: on,
  amends,
  data: { reason: 'grade_below_3a', departments: ['finance', 'tax', 'civil_affairs'] },
})

describe('JR-07 the donation deduction qualification', () => {
  const spec = specOf('JR-07', cnPolicy)
  const timeline = [
    registered('2015-03-01', 'foundation'),
    granted('2023-06-20', '2023-01-01', '2025-12-31'),
  ]

  it('grants the qualification from the first to the last day of its confirmed period', () => {
    spec
      .given(...timeline)
      .when({ at: '2023-07-01' })
      .then([
        {
          rule: 'JR-07',
          grant: 'donation_deduction_qualification',
          from: '2023-01-01',
          until: '2025-12-31',
        },
      ])
  })

  it('grants nothing the day after the period ends (near miss of JR-07)', () => {
    spec
      .given(...timeline)
      .when({ at: '2026-01-01' })
      .thenNothing()
  })

  it('grants nothing once the departments cancel it (near miss of JR-07)', () => {
    spec
      .given(...timeline, lost('2024-05-01'))
      .when({ at: '2024-05-01' })
      .thenNothing()
  })
})

describe('JR-07.renewal applying again before the qualification ends', () => {
  const spec = specOf('JR-07.renewal', cnPolicy)
  const timeline = [
    registered('2015-03-01', 'foundation'),
    graded('3A', '2022-05-10', '2027-05-09'),
    granted('2023-06-20', '2023-01-01', '2025-12-31'),
  ]

  it('is due on the period’s last day, opening in its last year', () => {
    spec
      .given(...timeline)
      .when({ at: '2025-06-01' })
      .then([
        {
          rule: 'JR-07.renewal',
          oblige: 'renew_donation_deduction',
          who: 'organization',
          due: '2025-12-31',
          state: 'due',
        },
      ])
  })

  const renewal = granted('2025-11-20', '2026-01-01', '2028-12-31')
  const midYear = [
    registered('2015-03-01', 'foundation'),
    graded('3A', '2022-05-10', '2027-05-09'),
    granted('2023-06-20', '2023-07-01', '2026-06-30'),
  ]
  const duty = (due: string, state: string) => [
    { rule: 'JR-07.renewal', oblige: 'renew_donation_deduction', who: 'organization', due, state },
  ]
  const opensOn = (at: string, given: GivenEntry[]) =>
    spec
      .given(...given)
      .when({ at })
      .decisions.map((decision) => (decision.kind === 'obligation' ? decision.opensOn : null))

  it('stays owed, overdue, after the period ends while no renewal is on record', () => {
    spec
      .given(...timeline)
      .when({ at: '2026-01-01' })
      .then(duty('2025-12-31', 'overdue'))
    spec
      .given(...timeline)
      .when({ at: '2026-09-01' })
      .then(duty('2025-12-31', 'overdue'))
  })

  it('opens a year before the period ends, on validTo less a year plus a day', () => {
    expect(opensOn('2024-12-31', timeline)).toEqual(['2025-01-01'])
    expect(opensOn('2025-06-01', midYear)).toEqual(['2025-07-01'])
  })

  it('is due on the last day of a period starting mid-year, not half a year before', () => {
    spec
      .given(...midYear)
      .when({ at: '2026-03-01' })
      .then(duty('2026-06-30', 'due'))
  })

  it('is done once a renewal is recorded, before the new period starts', () => {
    spec
      .given(...timeline, renewal)
      .when({ at: '2025-12-01' })
      .then(duty('2025-12-31', 'done'))
    spec
      .given(...timeline, renewal)
      .when({ at: '2025-12-31' })
      .then(duty('2025-12-31', 'done'))
  })

  it('is not met by a renewal recorded after the date (near miss of done)', () => {
    spec
      .given(...timeline, renewal)
      .when({ at: '2025-11-19' })
      .then(duty('2025-12-31', 'due'))
  })

  it('runs from the renewal’s end once its period starts', () => {
    spec
      .given(...timeline, renewal)
      .when({ at: '2026-02-01' })
      .then(duty('2028-12-31', 'due'))
    expect(opensOn('2026-02-01', [...timeline, renewal])).toEqual(['2028-01-01'])
  })

  it('is not owed once the current qualification is cancelled (near miss of JR-07.renewal)', () => {
    spec
      .given(...timeline, lost('2024-05-01', 2))
      .when({ at: '2025-06-01' })
      .thenNothing()
  })

  it('is not owed without a valid 3A grade (near miss of JR-07.renewal)', () => {
    spec
      .given(
        registered('2015-03-01', 'foundation'),
        granted('2023-06-20', '2023-01-01', '2025-12-31'),
      )
      .when({ at: '2025-06-01' })
      .thenNothing()
  })
})
