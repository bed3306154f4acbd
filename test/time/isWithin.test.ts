import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasElapsed } from '../../src/time/hasElapsed'
import { isWithin } from '../../src/time/isWithin'
import { convention, isoDate, period } from './arbitraries'

describe('isWithin', () => {
  it('counts the trigger day and the last day of a 3-year window, not the day after', () => {
    expect(isWithin('2021-06-01', { years: 3 }, '2021-06-01', 'civil_code')).toBe(true)
    expect(isWithin('2021-06-01', { years: 3 }, '2024-06-01', 'civil_code')).toBe(true)
    expect(isWithin('2021-06-01', { years: 3 }, '2024-06-02', 'civil_code')).toBe(false)
    expect(isWithin('2021-06-01', { years: 3 }, '2024-06-01', 'calendar')).toBe(false)
    expect(isWithin('2021-06-01', { years: 3 }, '2021-05-31', 'civil_code')).toBe(false)
  })

  it('holds from the start until the period has elapsed', () => {
    fc.assert(
      fc.property(isoDate, period, convention, isoDate, (start, p, c, at) => {
        expect(isWithin(start, p, at, c)).toBe(at >= start && !hasElapsed(start, p, at, c))
      }),
    )
  })
})
