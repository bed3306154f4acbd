import { describe, expect, it } from 'vitest'
import { holidayCalendarSchema } from '../../src/time/holidayCalendar'

describe('holidayCalendarSchema', () => {
  it('accepts a local calendar passed as JSON', () => {
    const local = JSON.parse('{"holidays":["2025-04-01"],"workdays":["2025-04-06"]}')
    expect(holidayCalendarSchema.parse(local)).toEqual(local)
  })

  it('names the position of a date that does not exist', () => {
    const result = holidayCalendarSchema.safeParse({ holidays: ['2025-02-29'], workdays: [] })
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['holidays', 0]])
  })

  it('rejects a date listed both as a holiday and as a make-up working day', () => {
    const result = holidayCalendarSchema.safeParse({
      holidays: ['2025-04-05'],
      workdays: ['2025-04-05'],
    })
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['workdays', 0]])
  })

  it('accepts a coverage and the dates inside it', () => {
    const local = {
      coverage: { from: '2025-01-01', to: '2025-12-31' },
      holidays: ['2025-04-01'],
      workdays: [],
    }
    expect(holidayCalendarSchema.parse(local)).toEqual(local)
  })

  it('refuses a coverage that ends before it starts, and dates outside the coverage, with codes', () => {
    const backwards = holidayCalendarSchema.safeParse({
      coverage: { from: '2025-01-01', to: '2024-12-31' },
      holidays: [],
      workdays: [],
    })
    expect(backwards.error?.issues).toMatchObject([
      { path: ['coverage', 'to'], params: { code: 'coverage_order' } },
    ])
    const outside = holidayCalendarSchema.safeParse({
      coverage: { from: '2025-01-01', to: '2025-12-31' },
      holidays: ['2025-05-01', '2026-01-01'],
      workdays: ['2024-12-28'],
    })
    expect(outside.error?.issues).toMatchObject([
      { path: ['holidays', 1], params: { code: 'outside_coverage' } },
      { path: ['workdays', 0], params: { code: 'outside_coverage' } },
    ])
  })

  it('refuses a coverage day that does not exist', () => {
    const result = holidayCalendarSchema.safeParse({
      coverage: { from: '2025-01-01', to: '2025-02-29' },
      holidays: [],
      workdays: [],
    })
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['coverage', 'to']])
  })
})
