import { describe, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import { downgraded, graded, listedAbnormal, registered, specOf } from '../history'

const founded = registered('2019-03-01')

describe('EV-01 eligible for evaluation', () => {
  const spec = specOf('EV-01', cnPolicy)

  it('grants eligibility once registered two full years', () => {
    spec
      .given(founded)
      .when({ at: '2021-03-02' })
      .then([{ rule: 'EV-01', grant: 'evaluation', from: '2021-03-02', until: null }])
  })

  it('does not grant it the day before', () => {
    spec.given(founded).when({ at: '2021-03-01' }).thenNothing().thenNextChange('2021-03-02')
  })

  it('does not grant it while a grade is valid', () => {
    spec
      .given(founded, graded('3A', '2021-06-01', '2026-05-31'))
      .when({ at: '2023-01-01' })
      .thenNothing()
  })
})

describe('EV-13 3A and above: priority for government work', () => {
  const spec = specOf('EV-13', cnPolicy)

  it('grants the three priorities for the validity of the grade', () => {
    const range = { from: '2021-12-20', until: '2026-12-19' }
    spec
      .given(founded, graded('3A', '2021-12-20', '2026-12-19'))
      .when({ at: '2023-01-01' })
      .then([
        { rule: 'EV-13', grant: 'government_functions', ...range },
        { rule: 'EV-13', grant: 'government_purchase', ...range },
        { rule: 'EV-13', grant: 'commendation', ...range },
      ])
  })

  it('grants nothing for 2A', () => {
    spec
      .given(founded, graded('2A', '2021-12-20', '2026-12-19'))
      .when({ at: '2023-01-01' })
      .thenNothing()
  })
})

describe('EV-14 3A and above foundations: donation deduction', () => {
  const spec = specOf('EV-14', cnPolicy)

  it('grants a foundation the right to apply', () => {
    spec
      .given(registered('2019-03-01', 'foundation'), graded('3A', '2021-12-20', '2026-12-19'))
      .when({ at: '2023-01-01' })
      .then([{ rule: 'EV-14', grant: 'donation_tax_deduction' }])
  })

  it('grants nothing to a social group that is not a charity', () => {
    spec
      .given(founded, graded('3A', '2021-12-20', '2026-12-19'))
      .when({ at: '2023-01-01' })
      .thenNothing()
  })
})

describe('EV-15 4A and above: simplified inspection', () => {
  const spec = specOf('EV-15', cnPolicy)

  it('grants the simplified procedure to 4A', () => {
    spec
      .given(founded, graded('4A', '2021-12-20', '2026-12-19'))
      .when({ at: '2023-01-01' })
      .then([{ rule: 'EV-15', grant: 'simplified_inspection' }])
  })

  it('does not grant it to 3A', () => {
    spec
      .given(founded, graded('3A', '2021-12-20', '2026-12-19'))
      .when({ at: '2023-01-01' })
      .thenNothing()
  })
})

describe('EV-18 cool-off after a grade action', () => {
  const spec = specOf('EV-18', cnPolicy)
  const history = [
    founded,
    graded('3A', '2021-12-20', '2026-12-19'),
    downgraded('2023-03-01', '2025-02-28'),
  ]

  it('bars evaluation through the last day of the cool-off', () => {
    spec
      .given(...history)
      .when({ at: '2025-02-28' })
      .then([{ rule: 'EV-18', bar: 'evaluation', from: '2023-03-01', until: '2025-02-28' }])
      .thenNextChange('2025-03-01')
  })

  it('lifts the bar the day after', () => {
    spec
      .given(...history)
      .when({ at: '2025-03-01' })
      .thenNothing()
  })
})

describe('EV-26 listed national-level organizations', () => {
  const spec = specOf('EV-26', cnPolicy)
  const listed = listedAbnormal('2023-06-01', 'annual_report_missing')

  it('bars a national-level organization on the abnormal list', () => {
    spec
      .given(registered('2019-03-01', 'social_group', { registrarLevel: 'national' }), listed)
      .when({ at: '2023-07-01' })
      .then([{ rule: 'EV-26', bar: 'evaluation', from: '2023-06-01' }])
  })

  it('leaves a county-level organization to the other rules', () => {
    spec.given(founded, listed).when({ at: '2023-07-01' }).thenNothing()
  })
})
