import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDaysIso } from '../../src/time/addDaysIso'
import { isWithin } from '../../src/time/isWithin'
import { windowStart } from '../../src/time/windowStart'
import { convention, isoDate, period } from './arbitraries'

describe('windowStart', () => {
  it('opens a 3-year window looked at on 2024-06-01 on 2021-06-01 by the Civil Code, 2021-06-02 by the calendar', () => {
    expect(windowStart('2024-06-01', { years: 3 }, 'civil_code')).toBe('2021-06-01')
    expect(windowStart('2024-06-01', { years: 3 }, 'calendar')).toBe('2021-06-02')
  })

  it('opens after the clipped days when the window ends on a month end', () => {
    // 2021-02-28's month ends on 03-28, so the first start reaching 03-31 is 03-01.
    expect(windowStart('2021-03-31', { months: 1 }, 'civil_code')).toBe('2021-03-01')
    expect(windowStart('2021-02-28', { months: 1 }, 'civil_code')).toBe('2021-01-28')
    expect(windowStart('2021-02-28', { years: 1 }, 'civil_code')).toBe('2020-02-28')
  })

  it('is the earliest trigger date whose period still contains the date', () => {
    fc.assert(
      fc.property(isoDate, period, convention, (at, p, c) => {
        const start = windowStart(at, p, c)
        expect(isWithin(start, p, at, c)).toBe(true)
        expect(isWithin(addDaysIso(start, -1), p, at, c)).toBe(false)
      }),
    )
  })
})
