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

  it('is gone once the period has ended', () => {
    spec
      .given(...timeline)
      .when({ at: '2026-01-01' })
      .thenNothing()
  })

  it('opens only in the last year of the period, two years after its first day', () => {
    const { decisions } = spec.given(...timeline).when({ at: '2024-12-31' })
    const opens = decisions.map((decision) =>
      decision.kind === 'obligation' ? decision.opensOn : null,
    )
    // Two years from 2023-01-01 end on New Year's Day, a holiday: the day moves to the next working day.
    expect(opens).toEqual(['2025-01-02'])
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
