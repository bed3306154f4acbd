import { describe, expect, it } from 'vitest'
import { calendarPeriodSchema, periodConventionSchema } from '../../src/time/calendarPeriod'

describe('calendarPeriodSchema', () => {
  it('accepts whole years, months and days, any of them left out', () => {
    expect(calendarPeriodSchema.parse({ years: 2 })).toEqual({ years: 2 })
    expect(calendarPeriodSchema.parse({ months: 6, days: 15 })).toEqual({ months: 6, days: 15 })
  })

  it('rejects an empty period, negative or fractional counts and unknown fields', () => {
    for (const bad of [{}, { years: 0 }, { days: -1 }, { months: 1.5 }, { year: 2 }]) {
      expect(calendarPeriodSchema.safeParse(bad).success).toBe(false)
    }
  })
})

describe('periodConventionSchema', () => {
  it('knows the Civil Code and the calendar conventions only', () => {
    expect(periodConventionSchema.options).toEqual(['civil_code', 'calendar'])
    expect(periodConventionSchema.safeParse('anniversary').success).toBe(false)
  })
})
