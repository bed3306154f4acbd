import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addPeriod } from '../../src/time/addPeriod'
import { periodEnd } from '../../src/time/periodEnd'
import { isoDate, period } from './arbitraries'

describe('addPeriod', () => {
  it('gives the corresponding day, on the month end when the month is too short', () => {
    expect(addPeriod('2021-06-01', { years: 2 })).toBe('2023-06-01')
    expect(addPeriod('2020-02-29', { years: 1 })).toBe('2021-02-28')
    expect(addPeriod('2020-02-29', { years: 4 })).toBe('2024-02-29')
    expect(addPeriod('2021-10-31', { months: 4 })).toBe('2022-02-28')
  })

  it('is the last day of the period under the Civil Code', () => {
    fc.assert(
      fc.property(isoDate, period, (start, p) => {
        expect(addPeriod(start, p)).toBe(periodEnd(start, p, 'civil_code'))
      }),
    )
  })

  it('refuses a result past 9999-12-31', () => {
    expect(() => addPeriod('9999-06-01', { years: 1 })).toThrow(/0000-9999/)
  })
})
