import { describe, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import {
  downgraded,
  graded,
  inspection,
  listedAbnormal,
  listedSerious,
  penalty,
  registered,
  registrationRevoked,
  removedSerious,
  specOf,
  warning,
} from '../history'

// A proposal is not made again once its effect is in the file: a listing for the same reason
// that names the same entries (or, naming none, is dated on or after them), or a grade action
// on the same ground since the grade was awarded.

const founded = registered('2019-03-01')

describe('AB-05 once per warning, while a listing records it', () => {
  const spec = specOf('AB-05', cnPolicy)

  it('does not list again while a listing for warnings that names no entry is open', () => {
    spec
      .given(founded, warning('2023-03-10'), listedAbnormal('2023-03-12', 'warning_or_small_fine'))
      .when({ at: '2023-04-01' })
      .thenNothing()
  })

  it('lists for a warning dated after that listing (AB-09)', () => {
    spec
      .given(
        founded,
        warning('2023-03-10'),
        listedAbnormal('2023-03-12', 'warning_or_small_fine'),
        warning('2023-03-20'),
      )
      .when({ at: '2023-04-01' })
      .then([{ rule: 'AB-05', propose: 'ListedOnAbnormalList', inputs: [1, 3] }])
  })

  it('lists when the open listing is for another reason', () => {
    spec
      .given(founded, warning('2023-03-10'), listedAbnormal('2023-03-12', 'rectification_overdue'))
      .when({ at: '2023-04-01' })
      .then([{ rule: 'AB-05', propose: 'ListedOnAbnormalList', inputs: [1] }])
  })
})

describe('SL-03 once per suspension, while a serious listing records it', () => {
  const spec = specOf('SL-03', cnPolicy)
  const suspended = (on: string) => penalty(on, [{ kind: 'suspension', months: 3 }])

  it('does not list again while a suspension listing that names no entry is open', () => {
    spec
      .given(founded, suspended('2023-03-10'), listedSerious('2023-03-15', 'suspension'))
      .when({ at: '2023-04-01' })
      .thenNothing()
  })

  it('lists for a suspension dated after that listing', () => {
    spec
      .given(
        founded,
        suspended('2023-03-10'),
        listedSerious('2023-03-15', 'suspension'),
        suspended('2023-09-01'),
      )
      .when({ at: '2023-09-01' })
      .then([{ rule: 'SL-03', propose: 'ListedOnSeriousList', effectiveAt: '2023-09-01' }])
  })
})

describe('SL-07 once per revocation, while a serious listing records it', () => {
  const spec = specOf('SL-07', cnPolicy)

  it('does not list again while a revocation listing that names no entry is open', () => {
    spec
      .given(
        founded,
        registrationRevoked('2023-01-10'),
        listedSerious('2023-01-10', 'registration_revoked'),
      )
      .when({ at: '2023-02-01' })
      .thenNothing()
  })

  it('lists while the open serious listing is for another reason', () => {
    spec
      .given(founded, registrationRevoked('2023-01-10'), listedSerious('2022-05-01', 'large_fine'))
      .when({ at: '2023-02-01' })
      .then([{ rule: 'SL-07', propose: 'ListedOnSeriousList', effectiveAt: '2023-01-10' }])
  })
})

describe('AB-01 and SL-01: a missing report moved to the serious list', () => {
  // Listed for the 2020 report, escalated after two full years; 2021-2023 are missing too.
  const moved = [
    founded,
    listedAbnormal('2021-06-01', 'annual_report_missing', [0]),
    listedSerious('2023-06-02', 'abnormal_two_years', [1]),
    {
      type: 'RemovedFromAbnormalList',
      effectiveAt: '2023-06-02',
      amends: 1,
      data: { reason: 'escalated', department: '上海市浦东新区民政局' },
    } as const,
  ]

  it('does not list again for the missing reports while the serious listing is open', () => {
    specOf('AB-01', cnPolicy)
      .given(...moved)
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('lists again once the serious listing has ended', () => {
    specOf('AB-01', cnPolicy)
      .given(...moved, removedSerious('2025-06-03', 2))
      .when({ at: '2025-06-03' })
      .then([{ rule: 'AB-01', propose: 'ListedOnAbnormalList', effectiveAt: '2025-06-03' }])
  })

  it('escalates no second time: SL-01 only moves a listing whose serious listing is recorded', () => {
    specOf('SL-01', cnPolicy)
      .given(
        founded,
        listedAbnormal('2021-06-01', 'annual_report_missing', [0]),
        listedSerious('2023-06-02', 'abnormal_two_years'),
      )
      .when({ at: '2023-06-10' })
      .then([{ rule: 'SL-01', propose: 'RemovedFromAbnormalList', amends: 1 }])
  })
})

describe('EV-17 once per basis, while the downgrade is recorded', () => {
  const graded3A = graded('3A', '2019-12-20', '2024-12-19')
  const twice = [
    founded,
    graded3A,
    inspection(2020, 'basically_qualified', '2021-06-30'),
    inspection(2021, 'basically_qualified', '2022-06-30'),
    downgraded('2022-08-01', '2024-07-31', 'consecutive_basically_qualified'),
  ]

  it('does not downgrade again on the same two inspections a year later', () => {
    specOf('EV-17', cnPolicy)
      .given(...twice)
      .when({ at: '2023-08-02' })
      .thenNothing()
  })

  it('downgrades again on a basically qualified inspection concluded after the downgrade', () => {
    specOf('EV-17', cnPolicy)
      .given(...twice, inspection(2022, 'basically_qualified', '2023-09-01'))
      .when({ at: '2023-09-01' })
      .then([{ rule: 'EV-17', propose: 'GradeDowngraded', effectiveAt: '2023-09-01' }])
  })

  it('does not downgrade again on the same failed inspection (EV-17.inspection)', () => {
    const failed = [
      founded,
      graded3A,
      inspection(2021, 'unqualified', '2022-06-30'),
      downgraded('2022-08-01', '2024-07-31', 'unqualified_or_not_inspected'),
    ]
    specOf('EV-17.inspection', cnPolicy)
      .given(...failed)
      .when({ at: '2023-08-02' })
      .thenNothing()
    specOf('EV-17.inspection', cnPolicy)
      .given(...failed, inspection(2022, 'not_inspected', '2023-09-01'))
      .when({ at: '2023-09-01' })
      .then([{ rule: 'EV-17.inspection', propose: 'GradeDowngraded' }])
  })
})
