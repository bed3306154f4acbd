import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDaysIso } from '../../src/time/addDaysIso'
import { dayOfIso, isoDate, isoOfDay } from './arbitraries'

describe('addDaysIso', () => {
  it('crosses month, leap-day and year ends', () => {
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDaysIso('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDaysIso('2024-12-31', 1)).toBe('2025-01-01')
    expect(addDaysIso('2025-01-01', -1)).toBe('2024-12-31')
  })

  it('agrees with UTC day arithmetic', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -100_000, max: 100_000 }), (date, days) => {
        expect(addDaysIso(date, days)).toBe(isoOfDay(dayOfIso(date) + days))
      }),
    )
  })

  it('rejects a fractional number of days', () => {
    expect(() => addDaysIso('2024-01-01', 0.5)).toThrow(/whole number/)
  })
})
