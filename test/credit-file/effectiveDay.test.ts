import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectiveDay } from '../../src/credit-file/effectiveDay'
import { dayOf } from '../../src/time'

const instants = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString())

describe('effectiveDay', () => {
  it('agrees with dayOf for dates and for instants at any offset', () => {
    const instant = fc
      .tuple(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.constantFrom('Z', '+08:00', '-05:00', '+14:00', '+05:45'),
      )
      .map(([at, offset]) => {
        const text = at.toISOString().slice(0, 19)
        return offset === 'Z' ? `${text}Z` : `${text}${offset}`
      })
    fc.assert(
      fc.property(
        fc.oneof(
          instant,
          instant.map((text) => text.slice(0, 10)),
        ),
        (value) => {
          expect(effectiveDay(value)).toBe(dayOf(value))
        },
      ),
    )
  })

  it('gives the China-time day dayOf gives for the clock’s UTC instants, in any order', () => {
    fc.assert(
      fc.property(fc.array(instants, { minLength: 1, maxLength: 20 }), (values) => {
        for (const value of values) expect(effectiveDay(value)).toBe(dayOf(value))
      }),
      { numRuns: 500 },
    )
  })

  it('reads dates, China-time instants and other offsets as dayOf does', () => {
    for (const value of [
      '2024-02-29',
      '2024-02-29T23:59:59+08:00',
      '2024-02-29T16:00:00.000Z',
      '2024-12-31T16:00:00.000Z',
      '2024-12-31T15:59:59.999Z',
      '2024-12-31T20:00:00-05:00',
    ]) {
      expect(effectiveDay(value)).toBe(dayOf(value))
    }
  })
})
