import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyRoot, leafHash, rootHash, toHex } from '../../../src/proof'
import { naiveRoot, REFERENCE_INPUTS, REFERENCE_ROOTS, treeArbitrary } from './reference'

describe('rootHash', () => {
  it('matches the RFC 6962 reference roots for every size from 0 to 8', () => {
    REFERENCE_ROOTS.forEach((expected, size) => {
      expect(toHex(rootHash(REFERENCE_INPUTS.slice(0, size).map(leafHash)))).toBe(expected)
    })
  })

  it('gives SHA-256 of no bytes for the empty tree', () => {
    expect(toHex(rootHash([]))).toBe(REFERENCE_ROOTS[0])
    expect(toHex(emptyRoot())).toBe(REFERENCE_ROOTS[0])
  })

  it('agrees with a naive recursive MTH written from the RFC text', () => {
    fc.assert(
      fc.property(treeArbitrary(80), (data) => {
        expect(toHex(rootHash(data.map(leafHash)))).toBe(toHex(naiveRoot(data)))
      }),
    )
  })

  it('returns a root the caller may change without touching the leaves', () => {
    const leaf = leafHash(new Uint8Array([1]))
    const root = rootHash([leaf])
    root[0] = (root[0] ?? 0) ^ 0xff
    expect(toHex(rootHash([leaf]))).not.toBe(toHex(root))
  })

  it('throws INVALID_INPUT for a leaf that is not a 32-byte hash', () => {
    expect(() => rootHash([new Uint8Array(31)])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})
