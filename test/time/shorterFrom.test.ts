import { describe, expect, it } from 'vitest'
import { shorterFrom } from '../../src/time'

describe('shorterFrom', () => {
  it('is null for a period no shorter than the other from any day', () => {
    expect(shorterFrom({ days: 60 }, { days: 20 })).toBeNull()
    expect(shorterFrom({ days: 20 }, { days: 20 })).toBeNull()
    expect(shorterFrom({ months: 1 }, { days: 28 })).toBeNull()
  })

  it('names the first day from which a month ends before 30 days: 31 January, in a leap year', () => {
    expect(shorterFrom({ months: 1 }, { days: 30 })).toBe('2096-01-31')
  })

  it('counts the century year that is not a leap year: 4 years from 29 February 2096 are 1,460 days, and never more than 1,461', () => {
    expect(shorterFrom({ years: 4 }, { days: 1461 })).toBe('2096-02-29')
    expect(shorterFrom({ days: 1461 }, { years: 4 })).toBeNull()
  })
})
