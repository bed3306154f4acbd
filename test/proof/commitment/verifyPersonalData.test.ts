import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commitPersonalData, randomSalt, verifyPersonalData } from '../../../src/proof'

const salt = fc.uint8Array({ minLength: 16, maxLength: 16 })
const value = fc.uint8Array({ minLength: 1, maxLength: 100 })
const flip = (bytes: Uint8Array, at: number, mask: number): Uint8Array => {
  const changed = bytes.slice()
  changed[at % changed.length] = (changed[at % changed.length] ?? 0) ^ mask
  return changed
}

describe('verifyPersonalData', () => {
  it('opens a commitment with its value and salt', () => {
    fc.assert(
      fc.property(value, salt, (v, s) => {
        expect(verifyPersonalData(v, s, commitPersonalData(v, s))).toBe(true)
      }),
    )
  })

  it('rejects any changed byte of the value, the salt or the commitment', () => {
    fc.assert(
      fc.property(value, salt, fc.nat(), fc.integer({ min: 1, max: 255 }), (v, s, at, mask) => {
        const c = commitPersonalData(v, s)
        expect(verifyPersonalData(flip(v, at, mask), s, c)).toBe(false)
        expect(verifyPersonalData(v, flip(s, at, mask), c)).toBe(false)
        expect(verifyPersonalData(v, s, flip(c, at, mask))).toBe(false)
      }),
    )
  })

  it('answers false, not a throw, for a salt or commitment of the wrong size', () => {
    const v = new Uint8Array([1])
    const s = randomSalt()
    const c = commitPersonalData(v, s)
    expect(verifyPersonalData(v, s.subarray(1), c)).toBe(false)
    expect(verifyPersonalData(v, s, c.subarray(1))).toBe(false)
    expect(verifyPersonalData(v, 'salt' as unknown as Uint8Array, c)).toBe(false)
  })
})
