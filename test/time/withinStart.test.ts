import { describe, expect, it } from 'vitest'
import { termWindowStart, withinStart } from '../../src/time'

describe('withinStart', () => {
  it('keeps an event on the same calendar day three years back within the window', () => {
    expect(withinStart('2024-06-01', { years: 3 })).toBe('2021-06-01')
  })

  it('leaves out the day before that anniversary', () => {
    expect(withinStart('2024-06-02', { years: 3 }) > '2021-06-01').toBe(true)
  })
})

describe('termWindowStart', () => {
  it('opens the last two years of a term on the day after the date two years before its end', () => {
    expect(termWindowStart('2023-12-31', { years: 2 })).toBe('2022-01-01')
  })

  it('makes a window of exactly two years for a term ending mid-year', () => {
    expect(termWindowStart('2025-06-30', { years: 2 })).toBe('2023-07-01')
  })
})
