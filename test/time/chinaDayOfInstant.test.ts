import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chinaDayOfInstant, dayOf } from '../../src/time/day'

const byDate = (value: string) =>
  new Date(Date.parse(value) + 8 * 3_600_000).toISOString().slice(0, 10)

const offsets = fc.oneof(
  fc.constant('Z'),
  fc
    .tuple(
      fc.constantFrom('+', '-'),
      fc.integer({ min: 0, max: 23 }),
      fc.constantFrom(0, 30, 45, 59),
    )
    .map(([sign, h, m]) => `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
)

describe('the China-time day of an instant, read from its text', () => {
  it('is the day a Date in UTC+8 gives, for any instant, precision and offset', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        offsets,
        fc.constantFrom(16, 19, 23),
        (date, offset, length) => {
          const shift =
            offset === 'Z'
              ? 0
              : (offset[0] === '-' ? -1 : 1) *
                (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
          const local = new Date(date.getTime() + shift * 60_000).toISOString().slice(0, length)
          const text = `${local}${offset}`
          expect(chinaDayOfInstant(text)).toBe(byDate(text))
          expect(dayOf(text)).toBe(byDate(text))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('crosses month, year and leap-day ends in both directions', () => {
    expect(chinaDayOfInstant('2023-12-31T16:00:00Z')).toBe('2024-01-01')
    expect(chinaDayOfInstant('2024-02-28T16:00:00Z')).toBe('2024-02-29')
    expect(chinaDayOfInstant('2023-02-28T16:00:00Z')).toBe('2023-03-01')
    expect(chinaDayOfInstant('2024-03-01T00:30:00+09:00')).toBe('2024-02-29')
    expect(chinaDayOfInstant('2024-01-01T07:59:59.999+16:00')).toBe('2023-12-31')
    expect(chinaDayOfInstant('2021-06-01T23:59:59+08:00')).toBe('2021-06-01')
    expect(chinaDayOfInstant('2024-01-01T23:00-17:00')).toBe('2024-01-03')
    expect(chinaDayOfInstant('2024-02-28T23:59:00-23:59')).toBe('2024-03-01')
  })

  it('leaves text it cannot read to Date.parse, so dayOf still refuses what it refused', () => {
    for (const text of [
      '2021-06-01T24:00:00Z',
      '2021-02-30T10:00:00Z',
      '2021-06-01T10:60Z',
      'soon',
    ]) {
      expect(chinaDayOfInstant(text)).toBeUndefined()
    }
    expect(() => dayOf('2021-06-01T10:60Z')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})
