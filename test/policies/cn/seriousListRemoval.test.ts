import { describe, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import {
  deregistered,
  listedAbnormal,
  listedSerious,
  registered,
  registrationRevoked,
  report,
  specOf,
} from '../history'

const founded = registered('2019-03-01')

describe('SL-09 two clean years on the serious list', () => {
  const spec = specOf('SL-09', cnPolicy)
  const listed = listedSerious('2021-06-01', 'large_fine')

  it('opens the application and proposes the removal after two full years', () => {
    spec
      .given(founded, listed)
      .when({ at: '2023-06-02' })
      .then([
        {
          rule: 'SL-09',
          oblige: 'apply_for_removal',
          who: 'organization',
          due: null,
          state: 'due',
        },
        { rule: 'SL-09', propose: 'RemovedFromSeriousList', mode: 'needs_decision', amends: 1 },
      ])
  })

  it('does nothing the day before', () => {
    spec.given(founded, listed).when({ at: '2023-06-01' }).thenNothing()
  })

  it('does nothing after an abnormal listing in those two years', () => {
    spec
      .given(founded, listed, listedAbnormal('2022-01-01', 'no_party_organization'))
      .when({ at: '2023-06-02' })
      .thenNothing()
  })
})

describe('SL-08 a new serious listing restarts the count', () => {
  const spec = specOf('SL-09', cnPolicy)
  const history = [
    founded,
    listedSerious('2021-06-01', 'large_fine'),
    listedSerious('2022-06-01', 'suspension'),
  ]

  it('counts two years from the latest listing', () => {
    spec
      .given(...history)
      .when({ at: '2023-06-02' })
      .thenNothing()
    spec
      .given(...history)
      .when({ at: '2024-06-02' })
      .then([
        { rule: 'SL-09', oblige: 'apply_for_removal' },
        { rule: 'SL-09', amends: 1 },
        { rule: 'SL-09', amends: 2 },
      ])
  })
})

describe('SL-10 revoked and then deregistered', () => {
  const spec = specOf('SL-10', cnPolicy)
  const history = [
    founded,
    registrationRevoked('2023-01-10'),
    listedSerious('2023-01-10', 'registration_revoked', [1]),
  ]

  it('removes the listing once deregistration completes', () => {
    spec
      .given(...history, deregistered('2023-03-01'))
      .when({ at: '2023-03-01' })
      .then([
        {
          rule: 'SL-10',
          propose: 'RemovedFromSeriousList',
          mode: 'automatic',
          amends: 2,
          effectiveAt: '2023-03-01',
        },
      ])
  })

  it('keeps it while the organization is only revoked', () => {
    spec
      .given(...history)
      .when({ at: '2023-03-01' })
      .thenNothing()
  })
})

describe('SL-11 an escalated listing after two clean years', () => {
  const spec = specOf('SL-11', cnPolicy)
  const listed = listedSerious('2021-06-01', 'abnormal_two_years')
  // The reports of 2019-2021 filed late, after the listings; 2022's on time.
  const caughtUp = [
    report(2019, '2023-05-01'),
    report(2020, '2023-05-01'),
    report(2021, '2023-05-01'),
  ]

  it('opens the application when every report of the last five years is on file', () => {
    spec
      .given(founded, listed, ...caughtUp, report(2022, '2023-05-20'))
      .when({ at: '2023-06-02' })
      .then([
        { rule: 'SL-11', oblige: 'apply_for_removal', who: 'organization' },
        { rule: 'SL-11', propose: 'RemovedFromSeriousList', amends: 1 },
      ])
  })

  it('does nothing while the original duty is unmet', () => {
    spec.given(founded, listed).when({ at: '2023-06-02' }).thenNothing()
  })

  it('does nothing while an earlier report, the one the listing rests on, is still missing', () => {
    spec
      .given(
        founded,
        listed,
        report(2020, '2023-05-01'),
        report(2021, '2023-05-01'),
        report(2022, '2023-05-20'),
      )
      .when({ at: '2023-06-02' })
      .thenNothing()
  })
})
