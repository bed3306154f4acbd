import { addDays, addMonths, format } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { periodEnd } from '../../src/time/periodEnd'
import { convention, isoDate, period } from './arbitraries'

describe('periodEnd', () => {
  it('ends a 2-year period from 2021-06-01 on 2023-06-01 by the Civil Code, 2023-05-31 by the calendar', () => {
    expect(periodEnd('2021-06-01', { years: 2 }, 'civil_code')).toBe('2023-06-01')
    expect(periodEnd('2021-06-01', { years: 2 }, 'calendar')).toBe('2023-05-31')
  })

  it('ends on the last day of the month when the corresponding day is missing (Art. 202)', () => {
    expect(periodEnd('2021-01-31', { months: 1 }, 'civil_code')).toBe('2021-02-28')
    expect(periodEnd('2024-01-31', { months: 1 }, 'civil_code')).toBe('2024-02-29')
    expect(periodEnd('2020-02-29', { years: 1 }, 'civil_code')).toBe('2021-02-28')
    expect(periodEnd('2021-08-31', { months: 1 }, 'civil_code')).toBe('2021-09-30')
  })

  it('counts day periods from the next day, so 5 days from 06-01 end on 06-06 (Art. 201)', () => {
    expect(periodEnd('2021-06-01', { days: 5 }, 'civil_code')).toBe('2021-06-06')
    expect(periodEnd('2021-06-01', { days: 5 }, 'calendar')).toBe('2021-06-05')
  })

  it('adds years and months together before clipping, then the days', () => {
    expect(periodEnd('2020-02-29', { years: 1, months: 1 }, 'civil_code')).toBe('2021-03-29')
    expect(periodEnd('2021-01-31', { months: 1, days: 1 }, 'civil_code')).toBe('2021-03-01')
  })

  it('never moves earlier when the start moves later', () => {
    fc.assert(
      fc.property(isoDate, isoDate, period, convention, (a, b, p, c) => {
        const [early, late] = a <= b ? [a, b] : [b, a]
        expect(periodEnd(early, p, c) <= periodEnd(late, p, c)).toBe(true)
      }),
    )
  })

  it('ends the day before the date-fns anniversary under the calendar convention', () => {
    // date-fns works in local time; building and reading the Date locally keeps it exact.
    fc.assert(
      fc.property(isoDate, period, (start, p) => {
        const [y, m, d] = start.split('-').map(Number) as [number, number, number]
        const months = (p.years ?? 0) * 12 + (p.months ?? 0)
        const anniversary = addDays(addMonths(new Date(y, m - 1, d), months), (p.days ?? 0) - 1)
        expect(periodEnd(start, p, 'calendar')).toBe(format(anniversary, 'yyyy-MM-dd'))
      }),
    )
  })
})
