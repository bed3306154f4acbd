import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import { canonicalBytes, canonicalJson } from '../../src/events/canonicalJson'

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setBigUint64(0, BigInt(`0x${hex}`))
  return view.getFloat64(0)
}

describe('canonicalJson', () => {
  it('writes the RFC 8785 example of section 3.2.2', () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`
    expect(canonicalJson(JSON.parse(input))).toBe(expected)
  })

  it('sorts keys by UTF-16 code units, as RFC 8785 section 3.2.3 shows', () => {
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One", "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`)
    const names = [...canonicalJson(input).matchAll(/:"([^"]+)"/g)].map((match) => match[1])
    expect(names).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ])
  })

  it('puts Chinese keys and keys outside the BMP in code-unit order, not code-point order', () => {
    // 𠀀 is U+20000, written D840 DC00: it sorts before U+E000 although its code point is higher.
    const value = { '\ue000': 5, 𠀀: 4, 类型: 3, 名称: 2, a: 1 }
    expect(canonicalJson(value)).toBe('{"a":1,"名称":2,"类型":3,"𠀀":4,"\ue000":5}')
  })

  it('writes numbers as ECMAScript does', () => {
    expect(canonicalJson([1e21, 0.1, -0, 1e-7, 1e20, 100, -1.5])).toBe(
      '[1e+21,0.1,0,1e-7,100000000000000000000,100,-1.5]',
    )
  })

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('writes the IEEE 754 value %s as %s (RFC 8785 appendix B)', (bits, text) => {
    expect(canonicalJson(fromBits(bits))).toBe(text)
  })

  it('refuses values that have no JSON form, naming where they are', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, new Date(0), () => 1, 1n]) {
      let thrown: unknown
      try {
        canonicalJson({ data: [bad] })
      } catch (error) {
        thrown = error
      }
      expect(isLedgerError(thrown) && thrown.issues[0]?.path).toEqual(['data', 0])
    }
  })

  it('leaves out undefined properties and writes undefined array items as null', () => {
    expect(canonicalJson({ b: undefined, a: [undefined, 1] })).toBe('{"a":[null,1]}')
  })

  it('is stable under a round trip through JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = canonicalJson(value)
        expect(canonicalJson(JSON.parse(once))).toBe(once)
      }),
    )
  })

  it('equals JSON.stringify of a value whose object keys were added in sorted order', () => {
    // Integer-like keys are excluded: JavaScript lists them first whatever their insertion order.
    const key = fc.string({ unit: 'binary' }).filter((k) => !/^(0|[1-9]\d*)$/.test(k))
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.string({ unit: 'binary' }),
        fc.boolean(),
        fc.constant(null),
        tie('array'),
        tie('object'),
      ),
      array: fc.array(tie('tree'), { maxLength: 4 }),
      object: fc
        .dictionary(key, tie('tree'), { maxKeys: 5 })
        .map((record) =>
          Object.fromEntries(
            Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          ),
        ),
    }))
    fc.assert(
      fc.property(tree, (value) => {
        expect(canonicalJson(value)).toBe(JSON.stringify(value))
      }),
    )
  })
})

describe('canonicalBytes', () => {
  it('encodes the canonical text as UTF-8', () => {
    expect([...canonicalBytes({ 名: 1 })]).toEqual([
      0x7b, 0x22, 0xe5, 0x90, 0x8d, 0x22, 0x3a, 0x31, 0x7d,
    ])
  })
})
