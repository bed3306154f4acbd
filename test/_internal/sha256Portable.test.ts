import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha256Portable } from '../../src/_internal/sha256Portable'

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
const text = (value: string) => new TextEncoder().encode(value)

describe('the portable SHA-256', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(hex(sha256Portable(text('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect(hex(sha256Portable(text('')))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
    expect(
      hex(sha256Portable(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))),
    ).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
  })

  it('agrees with node:crypto on every length across the padding edges', () => {
    for (let length = 0; length <= 200; length++) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff)
      expect(hex(sha256Portable(data))).toBe(createHash('sha256').update(data).digest('hex'))
    }
  })

  it('agrees with node:crypto on any bytes, and leaves its input as it was (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (data) => {
        const before = hex(data)
        expect(hex(sha256Portable(data))).toBe(createHash('sha256').update(data).digest('hex'))
        expect(hex(data)).toBe(before)
      }),
    )
  })
})
