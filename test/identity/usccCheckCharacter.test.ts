import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { USCC_CHARSET, usccCheckCharacter } from '../../src/identity/usccCheckCharacter'
import { CHARSET, charsetString } from './arbitraries'

// GB 32100 weights for positions 1-17, as printed in the standard.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

describe('USCC_CHARSET', () => {
  it('is the 31 characters of GB 32100 in value order, without I, O, S, V and Z', () => {
    expect(USCC_CHARSET).toBe(CHARSET)
    expect(USCC_CHARSET).toHaveLength(31)
    for (const left of 'IOSVZ') expect(USCC_CHARSET).not.toContain(left)
  })
})

describe('usccCheckCharacter', () => {
  it('computes the check characters of the published test vectors', () => {
    expect(usccCheckCharacter('53100000500021676')).toBe('K')
    expect(usccCheckCharacter('52440300MJL186084')).toBe('F')
    expect(usccCheckCharacter('91310110666007217')).toBe('T')
    expect(usccCheckCharacter('53100000500020462')).toBe('K')
  })

  it('maps a sum divisible by 31 to 0, not to a 32nd character', () => {
    expect(usccCheckCharacter('00000000000000000')).toBe('0')
  })

  it('agrees with the weights printed in the standard for every position and value', () => {
    for (let position = 0; position < 17; position++) {
      for (let value = 0; value < 31; value++) {
        const body = '0'.repeat(position) + CHARSET.charAt(value) + '0'.repeat(16 - position)
        const expected = (31 - (((WEIGHTS[position] ?? 0) * value) % 31)) % 31
        expect(usccCheckCharacter(body)).toBe(CHARSET.charAt(expected))
      }
    }
  })

  it('changes whenever any single character of the body changes', () => {
    // The sum moves by weight × (new − old); 31 is prime and no weight is 0 mod 31,
    // so that product is never 0 mod 31. This checks the claim on random bodies.
    fc.assert(
      fc.property(
        charsetString(17),
        fc.nat(16),
        fc.integer({ min: 1, max: 30 }),
        (body, position, shift) => {
          const old = CHARSET.indexOf(body.charAt(position))
          const changed =
            body.slice(0, position) + CHARSET.charAt((old + shift) % 31) + body.slice(position + 1)
          expect(usccCheckCharacter(changed)).not.toBe(usccCheckCharacter(body))
        },
      ),
    )
  })

  it('throws an INVALID_INPUT LedgerError for a body that is not 17 charset characters', () => {
    for (const bad of ['5310000050002167', '531000005000216760', '5310000050002167O']) {
      expect(() => usccCheckCharacter(bad)).toThrow(
        expect.objectContaining({ name: 'LedgerError', code: 'INVALID_INPUT' }),
      )
    }
  })
})
