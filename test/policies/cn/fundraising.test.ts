import { describe, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import {
  fundraisingDisclosed,
  fundraisingGranted,
  fundraisingRevoked,
  graded,
  listedAbnormal,
  listedSerious,
  registered,
  specOf,
  warning,
} from '../history'

const charity = (on: string) => registered(on, 'social_group', { charity: true })

describe('CH-01 who may apply to fundraise publicly', () => {
  const spec = specOf('CH-01', cnPolicy)

  it('needs two full years of registration before 2024-09-05', () => {
    spec
      .given(charity('2018-01-01'))
      .when({ at: '2020-01-02' })
      .then([
        { rule: 'CH-01', grant: 'public_fundraising', from: '2020-01-02', until: '2024-09-04' },
      ])
    spec.given(charity('2018-01-01')).when({ at: '2020-01-01' }).thenNothing()
  })

  it('switches to one year under Order 74 on 2024-09-05', () => {
    spec.given(charity('2023-01-01')).when({ at: '2024-09-04' }).thenNothing()
    spec
      .given(charity('2023-01-01'))
      .when({ at: '2024-09-05' })
      .then([{ rule: 'CH-01', grant: 'public_fundraising', from: '2024-09-05' }])
  })

  it('needs a valid 3A grade once registered two years, under Order 74', () => {
    spec.given(charity('2020-01-01')).when({ at: '2024-10-01' }).thenNothing()
    spec
      .given(charity('2020-01-01'), graded('3A', '2023-12-20', '2028-12-19'))
      .when({ at: '2024-10-01' })
      .then([{ rule: 'CH-01', grant: 'public_fundraising' }])
  })

  it('refuses a charity on the abnormal list, under Order 74', () => {
    spec
      .given(charity('2023-01-01'), listedAbnormal('2024-06-01', 'annual_report_missing'))
      .when({ at: '2024-10-01' })
      .thenNothing()
  })
})

describe('CH-01 a holder keeps meeting the conditions (Order 74 Art. 5)', () => {
  const spec = specOf('CH-01', cnPolicy)
  const holder = [
    charity('2020-01-01'),
    graded('3A', '2023-12-20', '2028-12-19'),
    fundraisingGranted('2022-01-10'),
  ]

  it('reads a holder in good standing as meeting the conditions, and says it holds the qualification', () => {
    spec
      .given(...holder)
      .when({ at: '2024-10-01' })
      .then([
        { rule: 'CH-01', grant: 'public_fundraising', from: '2024-09-05', until: '2028-12-19' },
      ])
      .thenSays('en', [
        'Eligible for public fundraising qualification from 2024-09-05 until 2028-12-19: the ' +
          'organization is active; a charity; holds the public-fundraising qualification; graded ' +
          '3A, valid from 2023-12-20 to 2028-12-19; not on the serious illegal and dishonest list; ' +
          'no penalties within 1 year; rule CH-01, Order 74, Art. 5',
      ])
  })

  it('says an applicant does not hold it, and counts its year of registration', () => {
    spec
      .given(charity('2020-01-01'), graded('3A', '2023-12-20', '2028-12-19'))
      .when({ at: '2024-10-01' })
      .thenSays('en', [
        'Eligible for public fundraising qualification from 2024-09-05 until 2028-12-19: the ' +
          'organization is active; a charity; does not hold the public-fundraising qualification; ' +
          'registered on 2020-01-01; a full 1 year on 2021-01-02; not on the abnormal-activities ' +
          'list; graded 3A, valid from 2023-12-20 to 2028-12-19; not on the serious illegal and ' +
          'dishonest list; no penalties within 1 year; rule CH-01, Order 74, Art. 5',
      ])
  })

  it('does not read a holder penalised in the last year as meeting them', () => {
    spec
      .given(...holder, warning('2024-09-20'))
      .when({ at: '2024-10-01' })
      .thenNothing()
  })

  it('does not read a holder without a valid 3A grade, registered two years, as meeting them', () => {
    spec
      .given(charity('2020-01-01'), fundraisingGranted('2022-01-10'))
      .when({ at: '2024-10-01' })
      .thenNothing()
  })

  it('reads a holder registered less than a year as meeting them, where an applicant would not', () => {
    const young = charity('2024-03-01')
    spec
      .given(young, fundraisingGranted('2024-03-01'))
      .when({ at: '2024-10-01' })
      .then([{ rule: 'CH-01', grant: 'public_fundraising' }])
    spec.given(young).when({ at: '2024-10-01' }).thenNothing()
  })

  it('reads a holder before 2024-09-05 as meeting the conditions while it is not on the serious list', () => {
    spec
      .given(charity('2019-06-01'), fundraisingGranted('2021-07-01'))
      .when({ at: '2022-10-01' })
      .then([
        { rule: 'CH-01', grant: 'public_fundraising', from: '2021-07-01', until: '2024-09-04' },
      ])
    spec
      .given(
        charity('2019-06-01'),
        fundraisingGranted('2021-07-01'),
        listedSerious('2022-03-01', 'large_fine'),
      )
      .when({ at: '2022-10-01' })
      .thenNothing()
  })
})

describe('AB-04 before 2024-09-05: a holder no longer qualified or idle for six months', () => {
  const spec = specOf('AB-04', cnPolicy)
  const holder = [charity('2017-01-01'), fundraisingGranted('2019-01-10')]

  it('proposes listing a holder that has not fundraised publicly for six full months', () => {
    spec
      .given(...holder)
      .when({ at: '2019-07-11' })
      .then([
        {
          rule: 'AB-04',
          propose: 'ListedOnAbnormalList',
          mode: 'needs_decision',
          effectiveAt: '2019-07-11',
          data: {
            reason: 'fundraising_conditions_unmet',
            department: '上海市浦东新区民政局',
            basedOn: [1],
          },
        },
      ])
  })

  it('does nothing the day before six months have run since the grant (Civil Code)', () => {
    spec
      .given(...holder)
      .when({ at: '2019-07-10' })
      .thenNothing()
      .thenNextChange('2019-07-11')
  })

  it('keeps a public-fundraising disclosure of six months ago to the day, and lists the day after', () => {
    spec
      .given(...holder, fundraisingDisclosed('2019-03-10'))
      .when({ at: '2019-09-10' })
      .thenNothing()
    spec
      .given(...holder, fundraisingDisclosed('2019-03-10'))
      .when({ at: '2019-09-11' })
      .then([{ rule: 'AB-04', propose: 'ListedOnAbnormalList', effectiveAt: '2019-09-11' }])
  })

  it('lists a holder put on the serious list, however recent its fundraising', () => {
    spec
      .given(
        ...holder,
        fundraisingDisclosed('2020-03-01'),
        listedSerious('2020-04-01', 'large_fine'),
      )
      .when({ at: '2020-04-01' })
      .then([{ rule: 'AB-04', propose: 'ListedOnAbnormalList', effectiveAt: '2020-04-01' }])
  })

  it('does nothing while a listing for unmet conditions is open', () => {
    spec
      .given(...holder, listedAbnormal('2019-07-11', 'fundraising_conditions_unmet'))
      .when({ at: '2019-12-01' })
      .thenNothing()
  })

  it('applies from Order 60 and gives way to CH-06 on 2024-09-05, which dropped the six months', () => {
    spec
      .given(...holder)
      .when({ at: '2018-01-23' })
      .thenNothing()
    spec
      .given(...holder)
      .when({ at: '2024-09-04' })
      .then([{ rule: 'AB-04', propose: 'ListedOnAbnormalList' }])
    spec
      .given(...holder)
      .when({ at: '2024-09-05' })
      .thenNothing()
  })

  it('does nothing for a charity without the qualification', () => {
    spec.given(charity('2017-01-01')).when({ at: '2020-01-01' }).thenNothing()
  })
})

describe('CH-06 a fundraising holder no longer qualified', () => {
  const spec = specOf('CH-06', cnPolicy)
  const holder = [charity('2020-01-01'), fundraisingGranted('2022-01-10')]

  it('proposes an abnormal listing for an authority to decide', () => {
    spec
      .given(...holder)
      .when({ at: '2024-10-01' })
      .then([
        {
          rule: 'CH-06',
          propose: 'ListedOnAbnormalList',
          mode: 'needs_decision',
          effectiveAt: '2024-09-05',
          data: {
            reason: 'fundraising_conditions_unmet',
            department: '上海市浦东新区民政局',
            basedOn: [0, 1],
          },
        },
      ])
  })

  it('does nothing while the holder keeps a valid 3A grade', () => {
    spec
      .given(...holder, graded('3A', '2023-12-20', '2028-12-19'))
      .when({ at: '2024-10-01' })
      .thenNothing()
  })

  it('lists a holder put on the serious list', () => {
    spec
      .given(
        ...holder,
        graded('3A', '2023-12-20', '2028-12-19'),
        listedSerious('2024-10-01', 'large_fine'),
      )
      .when({ at: '2024-10-01' })
      .then([{ rule: 'CH-06', propose: 'ListedOnAbnormalList', effectiveAt: '2024-10-01' }])
  })
})

describe('CH-07 five years after the certificate is revoked', () => {
  const spec = specOf('CH-07', cnPolicy)
  const history = [
    charity('2019-01-01'),
    fundraisingGranted('2020-01-10'),
    fundraisingRevoked('2024-10-10'),
  ]

  it('bars a new application through the fifth anniversary', () => {
    spec
      .given(...history)
      .when({ at: '2029-10-10' })
      .then([{ rule: 'CH-07', bar: 'public_fundraising', from: '2024-10-10', until: '2029-10-10' }])
  })

  it('lifts the bar once five full years have run', () => {
    spec
      .given(...history)
      .when({ at: '2029-10-11' })
      .thenNothing()
  })
})
