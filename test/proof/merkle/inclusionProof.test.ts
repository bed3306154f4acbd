import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inclusionProof, leafHash, toHex } from '../../../src/proof'
import { naivePath, REFERENCE_INCLUSION, REFERENCE_INPUTS, treeArbitrary } from './reference'

describe('inclusionProof', () => {
  const leaves = REFERENCE_INPUTS.map(leafHash)

  it.each(REFERENCE_INCLUSION)(
    'gives the reference proof of leaf $index in the tree of $size',
    ({ index, size, proof }) => {
      expect(inclusionProof(leaves.slice(0, size), index).map(toHex)).toEqual(proof)
    },
  )

  it('agrees with a naive recursive PATH written from the RFC text', () => {
    fc.assert(
      fc.property(treeArbitrary(70), fc.nat(), (data, pick) => {
        const index = pick % data.length
        expect(inclusionProof(data.map(leafHash), index).map(toHex)).toEqual(
          naivePath(index, data).map(toHex),
        )
      }),
    )
  })

  it('throws INVALID_INPUT for an index outside the tree', () => {
    for (const index of [-1, 8, 9, 1.5, Number.NaN]) {
      expect(() => inclusionProof(leaves, index)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
    }
    expect(() => inclusionProof([], 0)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })
})
