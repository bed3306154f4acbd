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
})
