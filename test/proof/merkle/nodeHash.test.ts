import { describe, expect, it } from 'vitest'
import { leafHash, nodeHash, toHex } from '../../../src/proof'
import { REFERENCE_INPUTS } from './reference'

describe('nodeHash', () => {
  const [a, b, c, d] = REFERENCE_INPUTS.slice(0, 4).map(leafHash) as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ]

  it('joins two leaves into the reference tree of size 2', () => {
    expect(toHex(nodeHash(a, b))).toBe(
      'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    )
  })

  it('joins two nodes into the reference tree of size 4', () => {
    expect(toHex(nodeHash(nodeHash(a, b), nodeHash(c, d)))).toBe(
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    )
  })

  it('depends on the order of its children', () => {
    expect(toHex(nodeHash(b, a))).not.toBe(toHex(nodeHash(a, b)))
  })
})
