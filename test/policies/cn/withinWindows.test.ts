import { describe, it } from 'vitest'
import { cnPolicy, cnPolicyWith } from '../../../src/policies'
import { graded, registered, specOf, warning } from '../history'

// "Within N years" (一年内) keeps the anniversary under either convention: a penalty of a year
// ago to the day is within the year; the day after, it is not. SL-05's three years are pinned in
// seriousList.test.ts.

const conventions = [
  ['Civil Code', cnPolicy],
  ['calendar', cnPolicyWith({ convention: 'calendar' })],
] as const

describe('DR-11 a second violation within a year', () => {
  const charity = registered('2019-03-01', 'social_group', { charity: true })

  it.each(conventions)('counts the first violation on its anniversary (%s)', (_, policy) => {
    specOf('DR-11', policy)
      .given(
        charity,
        warning('2023-01-11', 'disclosure_failure'),
        warning('2024-01-11', 'disclosure_failure'),
      )
      .when({ at: '2024-01-11' })
      .then([{ rule: 'DR-11', propose: 'RegistrationRevoked', inputs: [1, 2] }])
  })

  it.each(conventions)('leaves it out the day after (%s)', (_, policy) => {
    specOf('DR-11', policy)
      .given(
        charity,
        warning('2023-01-11', 'disclosure_failure'),
        warning('2024-01-12', 'disclosure_failure'),
      )
      .when({ at: '2024-01-12' })
      .thenNothing()
  })
})

describe('EV-17.penalty a penalty within the last year (Order 39)', () => {
  const history = [
    registered('2019-03-01'),
    graded('3A', '2021-12-20', '2026-12-19'),
    warning('2022-05-10'),
  ]

  it.each(conventions)('downgrades on the anniversary of the penalty (%s)', (_, policy) => {
    specOf('EV-17.penalty', policy)
      .given(...history)
      .when({ at: '2023-05-10' })
      .then([{ rule: 'EV-17.penalty', propose: 'GradeDowngraded', effectiveAt: '2022-05-10' }])
  })

  it.each(conventions)('does nothing the day after (%s)', (_, policy) => {
    specOf('EV-17.penalty', policy)
      .given(...history)
      .when({ at: '2023-05-11' })
      .thenNothing()
  })
})

describe('EV-17 a penalty within the last year (2026 measures)', () => {
  const history = [
    registered('2019-03-01'),
    graded('3A', '2025-12-20', '2030-12-19'),
    warning('2026-04-01'),
  ]

  it.each(conventions)(
    'asks for a verification on the anniversary of the penalty (%s)',
    (_, policy) => {
      specOf('EV-17', policy)
        .given(...history)
        .when({ at: '2027-04-01' })
        .then([{ rule: 'EV-17', oblige: 'verify_grade', who: 'registrar' }])
    },
  )

  it.each(conventions)('asks for nothing the day after (%s)', (_, policy) => {
    specOf('EV-17', policy)
      .given(...history)
      .when({ at: '2027-04-02' })
      .thenNothing()
  })
})

describe('CH-01 no penalty in the last year (Order 74)', () => {
  const applicant = [
    registered('2020-01-01', 'social_group', { charity: true }),
    graded('3A', '2023-12-20', '2028-12-19'),
    warning('2024-10-01'),
  ]

  it.each(conventions)(
    'counts a penalty of a year ago to the day as within the year (%s)',
    (_, policy) => {
      specOf('CH-01', policy)
        .given(...applicant)
        .when({ at: '2025-10-01' })
        .thenNothing()
    },
  )

  it.each(conventions)('grants the day after (%s)', (_, policy) => {
    specOf('CH-01', policy)
      .given(...applicant)
      .when({ at: '2025-10-02' })
      .then([{ rule: 'CH-01', grant: 'public_fundraising', from: '2025-10-02' }])
  })
})
