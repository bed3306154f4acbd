import { describe, expect, it } from 'vitest'
import { yearEnd } from '../../src/time/yearEnd'

describe('yearEnd', () => {
  it('is 31 December of the year', () => {
    expect(yearEnd(2024)).toBe('2024-12-31')
    expect(yearEnd(999)).toBe('0999-12-31')
  })

  it('rejects a year that is not a whole number from 0 to 9999', () => {
    for (const year of [-1, 10_000, 2024.5, Number.NaN]) expect(() => yearEnd(year)).toThrow(/year/)
  })
})
