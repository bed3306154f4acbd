import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inclusionProof, leafHash, rootHash, verifyInclusion } from '../../../src/proof'
import {
  hex,
  pathShape,
  REFERENCE_INCLUSION,
  REFERENCE_INPUTS,
  REFERENCE_ROOTS,
  treeArbitrary,
} from './reference'

/** A random tree, a leaf in it, and its honest proof. */
const provenLeaf = fc.tuple(treeArbitrary(70), fc.nat()).map(([data, pick]) => {
  const leaves = data.map(leafHash)
  const index = pick % leaves.length
  const leaf = leaves[index] as Uint8Array
  return {
    leaf,
    index,
    size: leaves.length,
    proof: inclusionProof(leaves, index),
    root: rootHash(leaves),
  }
})

const flip = (bytes: Uint8Array, at: number, mask: number): Uint8Array => {
  const changed = bytes.slice()
  changed[at % changed.length] = (changed[at % changed.length] ?? 0) ^ mask
  return changed
}
const mask = fc.integer({ min: 1, max: 255 })

describe('verifyInclusion', () => {
  it.each(REFERENCE_INCLUSION)(
    'accepts the reference proof of leaf $index in the tree of $size',
    ({ index, size, proof }) => {
      const leaf = leafHash(REFERENCE_INPUTS[index] as Uint8Array)
      const root = hex(REFERENCE_ROOTS[size] as string)
      expect(verifyInclusion(leaf, index, size, proof.map(hex), root)).toBe(true)
    },
  )

  it('accepts every honest proof in a random tree', () => {
    fc.assert(
      fc.property(provenLeaf, ({ leaf, index, size, proof, root }) => {
        expect(verifyInclusion(leaf, index, size, proof, root)).toBe(true)
      }),
    )
  })

  it('rejects a proof with any byte of any element changed', () => {
    fc.assert(
      fc.property(provenLeaf, fc.nat(), fc.nat(), mask, (p, element, at, m) => {
        fc.pre(p.proof.length > 0)
        const proof = p.proof.slice()
        const i = element % proof.length
        proof[i] = flip(proof[i] as Uint8Array, at, m)
        expect(verifyInclusion(p.leaf, p.index, p.size, proof, p.root)).toBe(false)
      }),
    )
  })

  it('rejects a changed leaf or a changed root', () => {
    fc.assert(
      fc.property(provenLeaf, fc.nat(), mask, (p, at, m) => {
        expect(verifyInclusion(flip(p.leaf, at, m), p.index, p.size, p.proof, p.root)).toBe(false)
        expect(verifyInclusion(p.leaf, p.index, p.size, p.proof, flip(p.root, at, m))).toBe(false)
      }),
    )
  })

  it('rejects the proof at any other index of the same tree', () => {
    fc.assert(
      fc.property(provenLeaf, fc.nat(), (p, pick) => {
        const other = pick % (p.size + 2)
        fc.pre(other !== p.index)
        expect(verifyInclusion(p.leaf, other, p.size, p.proof, p.root)).toBe(false)
      }),
    )
  })

  it('rejects any other size, unless the proof has the same shape there', () => {
    fc.assert(
      fc.property(provenLeaf, fc.integer({ min: 0, max: 200 }), (p, other) => {
        fc.pre(other !== p.size)
        const sameShape =
          p.index < other && pathShape(p.index, other) === pathShape(p.index, p.size)
        expect(verifyInclusion(p.leaf, p.index, other, p.proof, p.root)).toBe(sameShape)
      }),
    )
  })

  it('cannot tell a size from another where the path runs the same way', () => {
    // Leaf 0 climbs right-right in trees of 3 and of 4 leaves: only a signed checkpoint
    // binds the size to the root.
    const leaves = REFERENCE_INPUTS.slice(0, 3).map(leafHash)
    const proof = inclusionProof(leaves, 0)
    expect(verifyInclusion(leaves[0] as Uint8Array, 0, 4, proof, rootHash(leaves))).toBe(true)
  })

  it('rejects a proof with an element added or removed', () => {
    fc.assert(
      fc.property(provenLeaf, (p) => {
        const { leaf, index, size, proof, root } = p
        expect(verifyInclusion(leaf, index, size, [...proof, root], root)).toBe(false)
        expect(verifyInclusion(leaf, index, size, [root, ...proof], root)).toBe(false)
        if (proof.length > 0) {
          expect(verifyInclusion(leaf, index, size, proof.slice(1), root)).toBe(false)
          expect(verifyInclusion(leaf, index, size, proof.slice(0, -1), root)).toBe(false)
        }
      }),
    )
  })

  it('answers false without throwing for malformed arguments', () => {
    const leaf = leafHash(new Uint8Array(0))
    const cases: [Uint8Array, number, number, Uint8Array[], Uint8Array][] = [
      [leaf, 0, 0, [], leaf],
      [leaf, 1, 1, [], leaf],
      [leaf, -1, 1, [], leaf],
      [leaf, 0.5, 1, [], leaf],
      [leaf, 0, Number.NaN, [], leaf],
      [leaf, 0, 2 ** 60, [], leaf],
      [new Uint8Array(0), 0, 1, [], new Uint8Array(0)],
      [leaf.subarray(1), 0, 1, [], leaf.subarray(1)],
      [leaf, 0, 2, [new Uint8Array(31)], leaf],
      [leaf, 0, 1, [], new Uint8Array(33)],
    ]
    for (const [l, index, size, proof, root] of cases) {
      expect(verifyInclusion(l, index, size, proof, root)).toBe(false)
    }
    expect(verifyInclusion(leaf, 0, 1, [], leaf)).toBe(true)
  })

  it('handles tree sizes beyond 2^32 exactly', () => {
    // The last leaf of a tree of 2^32 + 1 leaves has one sibling, the left 2^32 subtree.
    const leaf = leafHash(new Uint8Array([7]))
    const left = leafHash(new Uint8Array([8]))
    const size = 2 ** 32 + 1
    const root = rootHash([left, leaf])
    expect(verifyInclusion(leaf, size - 1, size, [left], root)).toBe(true)
    expect(verifyInclusion(leaf, size - 2, size, [left], root)).toBe(false)
  })
})
