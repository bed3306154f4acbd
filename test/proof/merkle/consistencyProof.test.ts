import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { consistencyProof, leafHash, toHex } from '../../../src/proof'
import {
  naiveConsistency,
  REFERENCE_CONSISTENCY,
  REFERENCE_INPUTS,
  treeArbitrary,
} from './reference'

describe('consistencyProof', () => {
  const leaves = REFERENCE_INPUTS.map(leafHash)

  it.each(REFERENCE_CONSISTENCY)(
    'gives the reference proof from size $from to size $to',
    ({ from, to, proof }) => {
      expect(consistencyProof(leaves.slice(0, to), from).map(toHex)).toEqual(proof)
    },
  )

  it('agrees with a naive recursive SUBPROOF written from the RFC text', () => {
    fc.assert(
      fc.property(treeArbitrary(70), fc.nat(), (data, pick) => {
        const oldSize = 1 + (pick % data.length)
        expect(consistencyProof(data.map(leafHash), oldSize).map(toHex)).toEqual(
          naiveConsistency(oldSize, data).map(toHex),
        )
      }),
    )
  })

  it('is empty from the empty tree and from the whole tree', () => {
    expect(consistencyProof(leaves, 0)).toEqual([])
    expect(consistencyProof(leaves, leaves.length)).toEqual([])
    expect(consistencyProof([], 0)).toEqual([])
  })

  it('throws INVALID_INPUT for an old size beyond the tree or not a whole number', () => {
    for (const oldSize of [-1, 9, 2.5]) {
      expect(() => consistencyProof(leaves, oldSize)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
    }
  })
})
