import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectiveDay } from '../../src/credit-file/effectiveDay'
import { dayOf } from '../../src/time'

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
})
