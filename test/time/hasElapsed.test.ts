import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { elapsesOn } from '../../src/time/elapsesOn'
import { hasElapsed } from '../../src/time/hasElapsed'
import { convention, isoDate, period } from './arbitraries'

const listed = '2021-06-01'
const twoYears = { years: 2 }

describe('hasElapsed', () => {
  it('reads "listed on 2021-06-01, on the list for a full 2 years on 2023-06-01" only under the calendar convention', () => {
    expect(hasElapsed(listed, twoYears, '2023-06-01', 'calendar')).toBe(true)
    expect(hasElapsed(listed, twoYears, '2023-06-01', 'civil_code')).toBe(false)
    expect(hasElapsed(listed, twoYears, '2023-06-02', 'civil_code')).toBe(true)
    expect(hasElapsed(listed, twoYears, '2023-05-31', 'calendar')).toBe(false)
  })

  it('is false before the start and stays true from elapsesOn on', () => {
    fc.assert(
      fc.property(isoDate, period, convention, isoDate, (start, p, c, at) => {
        expect(hasElapsed(start, p, at, c)).toBe(at >= elapsesOn(start, p, c))
      }),
    )
  })
})
