import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareIso } from '../../src/time/compareIso'
import { isoDate } from './arbitraries'

describe('compareIso', () => {
  it('orders dates like their strings', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(compareIso(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0)
      }),
    )
  })

  it('sorts a list of dates', () => {
    expect(['2024-03-01', '2023-12-31', '2024-02-29'].sort(compareIso)).toEqual([
      '2023-12-31',
      '2024-02-29',
      '2024-03-01',
    ])
  })

  it('refuses to compare an instant, naming the argument', () => {
    expect(() => compareIso('2024-01-01', '2024-01-01T08:00:00Z')).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['b'] })] }),
    )
  })
})
