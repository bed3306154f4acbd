import { describe, expect, it } from 'vitest'
import { nationalDisclosurePolicy } from '../../src/disclosure'
import { cnPolicy, nationalAnnualReports } from '../../src/policies'

describe('the national annual report deadlines', () => {
  it('are the same in the national rules pack and the national disclosure policy', () => {
    const { source: _, ...disclosed } = nationalDisclosurePolicy.obligations.annualReport ?? {
      source: undefined,
    }
    expect(disclosed).toEqual(nationalAnnualReports)
    expect(cnPolicy.annualReport).toEqual(nationalAnnualReports)
  })
})
