import { describe, expect, it } from 'vitest'
import { usAutoRevocationPolicy } from '../../../src/policies'
import { policyFromJson } from '../../../src/rules'
import { registered, report, specOf } from '../history'

const founded = registered('2020-03-01', 'foundation')

describe('US-6033j-notice two years without an annual return', () => {
  const spec = specOf('US-6033j-notice', usAutoRevocationPolicy)

  it('sets the IRS the notice the day after the second return fell due', () => {
    spec
      .given(founded)
      .when({ at: '2022-05-16' })
      .then([{ rule: 'US-6033j-notice', oblige: 'send_revocation_notice', who: 'registrar' }])
  })

  it('does nothing on the due day itself', () => {
    spec.given(founded).when({ at: '2022-05-15' }).thenNothing().thenNextChange('2022-05-16')
  })
})

describe('US-6033j three years without an annual return', () => {
  const spec = specOf('US-6033j', usAutoRevocationPolicy)

  it('bars the exemption by operation of law, until the next return falls due and it is decided again', () => {
    spec
      .given(founded)
      .when({ at: '2023-05-16' })
      .then([{ rule: 'US-6033j', bar: 'tax_exemption', from: '2023-05-16', until: '2024-05-15' }])
  })

  it('does nothing the day before', () => {
    spec.given(founded).when({ at: '2023-05-15' }).thenNothing()
  })

  it('does nothing when one of the three returns was filed, even late', () => {
    spec.given(founded, report(2021, '2022-09-01')).when({ at: '2023-05-16' }).thenNothing()
  })

  it('says why in English', () => {
    const { decisions } = spec.given(founded).when({ at: '2023-05-16' })
    expect(decisions[0]?.because.text.en).toMatch(
      /annual reports 2020–2022: missing, missing, missing/,
    )
  })
})

describe('usAutoRevocationPolicy', () => {
  it('round-trips through JSON to the same hash', () => {
    const copy = policyFromJson(JSON.parse(JSON.stringify(usAutoRevocationPolicy)))
    expect(copy.hash).toBe(usAutoRevocationPolicy.hash)
  })
})
