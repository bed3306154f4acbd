import { describe, expect, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import { isEntitled } from '../../../src/rules'
import { ruleSpecification } from '../../../src/testing'
import { graded, listedSerious, registered, removedSerious, specOf } from '../history'

const founded = registered('2019-03-01')

describe('JR-01 what the serious list bars', () => {
  const spec = specOf('JR-01', cnPolicy)
  const listed = listedSerious('2023-04-01', 'large_fine')

  it('bars funding, purchase of services and honours from the listing on', () => {
    const range = { from: '2023-04-01', until: null }
    spec
      .given(founded, listed)
      .when({ at: '2023-05-01' })
      .then([
        { rule: 'JR-01', bar: 'funding', ...range },
        { rule: 'JR-01', bar: 'government_purchase', ...range },
        { rule: 'JR-01', bar: 'commendation', ...range },
      ])
  })

  it('bars nothing after the removal', () => {
    spec
      .given(founded, listed, removedSerious('2025-04-02', 1))
      .when({ at: '2025-04-02' })
      .thenNothing()
  })

  it('outweighs the 3A grant in the whole pack', () => {
    const { decisions } = ruleSpecification(cnPolicy)
      .given(founded, graded('3A', '2022-12-20', '2027-12-19'), listed)
      .when({ at: '2023-05-01' })
    expect(isEntitled(decisions, 'government_purchase')).toBe(false)
  })
})
