import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commitPersonalData, leafHash, toHex } from '../../../src/proof'

const salt = fc.uint8Array({ minLength: 16, maxLength: 16 })
const value = fc.uint8Array({ maxLength: 100 })

describe('commitPersonalData', () => {
  it('is SHA-256 of 0x02, the salt and the value', () => {
    fc.assert(
      fc.property(value, salt, (v, s) => {
        const expected = createHash('sha256').update(Uint8Array.of(2)).update(s).update(v)
        expect(toHex(commitPersonalData(v, s))).toBe(expected.digest('hex'))
      }),
    )
  })

  it('never equals the leaf hash of the same bytes', () => {
    fc.assert(
      fc.property(value, salt, (v, s) => {
        const bytes = new Uint8Array([...s, ...v])
        expect(toHex(commitPersonalData(v, s))).not.toBe(toHex(leafHash(bytes)))
      }),
    )
  })

  it('changes with the salt, so equal values do not give equal commitments', () => {
    const v = new TextEncoder().encode('张三 110101199003074518')
    expect(toHex(commitPersonalData(v, new Uint8Array(16)))).not.toBe(
      toHex(commitPersonalData(v, new Uint8Array(16).fill(1))),
    )
  })

  it('refuses a salt that is not 16 bytes, so salt and value cannot trade bytes', () => {
    for (const length of [0, 15, 17, 32]) {
      expect(() => commitPersonalData(new Uint8Array(1), new Uint8Array(length))).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
    }
  })
})
