import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDaysIso, addPeriod, periodEndingOn } from '../../src/time'

describe('periodEndingOn', () => {
  it('gives the first day of the period that ends on a day', () => {
    expect(periodEndingOn('2025-12-31', { years: 1 })).toBe('2025-01-01')
    expect(periodEndingOn('2024-06-30', { years: 1 })).toBe('2023-07-01')
    expect(periodEndingOn('2024-02-29', { months: 1 })).toBe('2024-02-01')
  })

  it('is the day a period starting there ends after, for periods of whole years', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 5 }),
        (date, years) => {
          const first = date.toISOString().slice(0, 10)
          if (first.endsWith('-02-29')) return
          const last = addDaysIso(addPeriod(first, { years }), -1)
          expect(periodEndingOn(last, { years })).toBe(first)
        },
      ),
    )
  })
})
