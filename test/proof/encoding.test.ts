import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64, fromHex, toBase64, toHex } from '../../src/proof'

const invalidInput = expect.objectContaining({ code: 'INVALID_INPUT' })
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('toHex and fromHex', () => {
  it('write lower-case digits and read either case back', () => {
    expect(toHex(new Uint8Array([0, 1, 0xab, 0xff]))).toBe('0001abff')
    expect(fromHex('0001ABff')).toEqual(new Uint8Array([0, 1, 0xab, 0xff]))
    expect(toHex(new Uint8Array(0))).toBe('')
  })

  it('round-trip any bytes and agree with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(toHex(bytes)).toBe(Buffer.from(bytes).toString('hex'))
        expect(fromHex(toHex(bytes))).toEqual(bytes)
      }),
    )
  })

  it('refuses an odd number of digits or a character that is not a digit', () => {
    for (const text of ['a', 'abc', 'zz', '0x00', ' 00', '00 ']) {
      expect(() => fromHex(text)).toThrow(invalidInput)
    }
  })
})

describe('toBase64 and fromBase64', () => {
  it('give the RFC 4648 test vectors', () => {
    const vectors = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ] as const
    for (const [text, encoded] of vectors) {
      expect(toBase64(ascii(text))).toBe(encoded)
      expect(fromBase64(encoded)).toEqual(ascii(text))
    }
  })

  it('round-trip any bytes and agree with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
        expect(fromBase64(toBase64(bytes))).toEqual(bytes)
      }),
    )
  })

  it('reads each byte string from exactly one text', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(63),
        (bytes, at, to) => {
          const text = toBase64(bytes)
          const position = at % text.length
          const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
          const changed = text.slice(0, position) + alphabet[to] + text.slice(position + 1)
          fc.pre(changed !== text)
          let decoded: Uint8Array | undefined
          try {
            decoded = fromBase64(changed)
          } catch {
            decoded = undefined
          }
          expect(decoded === undefined || toHex(decoded) !== toHex(bytes)).toBe(true)
        },
      ),
    )
  })

  it('refuses missing padding, stray characters, white space and non-zero padding bits', () => {
    for (const text of [
      'Zg',
      'Zg=',
      'Zh==',
      'Zm9=',
      'Zm9v\n',
      ' Zm9v',
      'Zm-v',
      'Zm_v',
      '=Zm9',
      'Z===',
    ]) {
      expect(() => fromBase64(text)).toThrow(invalidInput)
    }
  })
})
