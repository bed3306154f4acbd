import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDaysIso } from '../../src/time/addDaysIso'
import { elapsesOn } from '../../src/time/elapsesOn'
import { hasElapsed } from '../../src/time/hasElapsed'
import { periodEnd } from '../../src/time/periodEnd'
import { convention, isoDate, monthPeriod, period, unclippedDate } from './arbitraries'

describe('elapsesOn', () => {
  it('says a 2-year listing from 2021-06-01 is full on 2023-06-02 by the Civil Code, on 2023-06-01 by the calendar', () => {
    expect(elapsesOn('2021-06-01', { years: 2 }, 'civil_code')).toBe('2023-06-02')
    expect(elapsesOn('2021-06-01', { years: 2 }, 'calendar')).toBe('2023-06-01')
  })

  it('is the day after periodEnd', () => {
    fc.assert(
      fc.property(isoDate, period, convention, (start, p, c) => {
        expect(elapsesOn(start, p, c)).toBe(addDaysIso(periodEnd(start, p, c), 1))
      }),
    )
  })

  it('is the first day on which hasElapsed is true', () => {
    fc.assert(
      fc.property(isoDate, period, convention, (start, p, c) => {
        const on = elapsesOn(start, p, c)
        expect(hasElapsed(start, p, on, c)).toBe(true)
        expect(hasElapsed(start, p, addDaysIso(on, -1), c)).toBe(false)
      }),
    )
  })

  it('comes exactly one day later by the Civil Code than by the calendar for year and month periods from the 28th or earlier', () => {
    fc.assert(
      fc.property(unclippedDate, monthPeriod, (start, p) => {
        const civil = elapsesOn(start, p, 'civil_code')
        expect(civil).toBe(addDaysIso(elapsesOn(start, p, 'calendar'), 1))
        expect(elapsesOn(start, p, 'calendar').slice(8)).toBe(start.slice(8))
      }),
    )
  })
})
