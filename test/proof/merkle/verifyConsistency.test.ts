import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consistencyProof,
  emptyRoot,
  leafHash,
  rootHash,
  verifyConsistency,
} from '../../../src/proof'
import {
  consistencyShape,
  hex,
  REFERENCE_CONSISTENCY,
  REFERENCE_ROOTS,
  treeArbitrary,
} from './reference'

/** A random tree, an earlier size of it, both roots and the honest proof between them. */
const provenGrowth = fc.tuple(treeArbitrary(70), fc.nat()).map(([data, pick]) => {
  const leaves = data.map(leafHash)
  const oldSize = pick % (leaves.length + 1)
  return {
    oldSize,
    newSize: leaves.length,
    oldRoot: rootHash(leaves.slice(0, oldSize)),
    newRoot: rootHash(leaves),
    proof: consistencyProof(leaves, oldSize),
  }
})
const nonTrivial = provenGrowth.filter((p) => p.oldSize > 0 && p.oldSize < p.newSize)

const flip = (bytes: Uint8Array, at: number, mask: number): Uint8Array => {
  const changed = bytes.slice()
  changed[at % changed.length] = (changed[at % changed.length] ?? 0) ^ mask
  return changed
}
const mask = fc.integer({ min: 1, max: 255 })

describe('verifyConsistency', () => {
  it.each(REFERENCE_CONSISTENCY)(
    'accepts the reference proof from size $from to size $to',
    ({ from, to, proof }) => {
      const oldRoot = hex(REFERENCE_ROOTS[from] as string)
      const newRoot = hex(REFERENCE_ROOTS[to] as string)
      expect(verifyConsistency(from, to, oldRoot, newRoot, proof.map(hex))).toBe(true)
    },
  )

  it('accepts every honest proof between two sizes of a random tree', () => {
    fc.assert(
      fc.property(provenGrowth, ({ oldSize, newSize, oldRoot, newRoot, proof }) => {
        expect(verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof)).toBe(true)
      }),
    )
  })

  it('rejects a proof with any byte of any element changed', () => {
    fc.assert(
      fc.property(nonTrivial, fc.nat(), fc.nat(), mask, (p, element, at, m) => {
        const proof = p.proof.slice()
        const i = element % proof.length
        proof[i] = flip(proof[i] as Uint8Array, at, m)
        expect(verifyConsistency(p.oldSize, p.newSize, p.oldRoot, p.newRoot, proof)).toBe(false)
      }),
    )
  })

  it('rejects a changed old root', () => {
    fc.assert(
      fc.property(provenGrowth, fc.nat(), mask, (p, at, m) => {
        const { oldSize, newSize, oldRoot, newRoot, proof } = p
        expect(verifyConsistency(oldSize, newSize, flip(oldRoot, at, m), newRoot, proof)).toBe(
          false,
        )
      }),
    )
  })

  it('rejects a changed new root, except after the empty tree, which every tree extends', () => {
    fc.assert(
      fc.property(provenGrowth, fc.nat(), mask, (p, at, m) => {
        const { oldSize, newSize, oldRoot, newRoot, proof } = p
        const verdict = verifyConsistency(oldSize, newSize, oldRoot, flip(newRoot, at, m), proof)
        expect(verdict).toBe(oldSize === 0 && newSize > 0)
      }),
    )
  })

  it('rejects any other pair of sizes, unless the proof has the same shape there', () => {
    fc.assert(
      fc.property(nonTrivial, fc.nat({ max: 140 }), fc.nat({ max: 140 }), (p, from, to) => {
        fc.pre(from !== p.oldSize || to !== p.newSize)
        const sameShape =
          0 < from &&
          from < to &&
          consistencyShape(from, to) === consistencyShape(p.oldSize, p.newSize)
        expect(verifyConsistency(from, to, p.oldRoot, p.newRoot, p.proof)).toBe(sameShape)
      }),
    )
  })

  it('rejects a proof with an element added or removed', () => {
    fc.assert(
      fc.property(nonTrivial, ({ oldSize, newSize, oldRoot, newRoot, proof }) => {
        const check = (changed: Uint8Array[]) =>
          verifyConsistency(oldSize, newSize, oldRoot, newRoot, changed)
        expect(check([])).toBe(false)
        expect(check(proof.slice(0, -1))).toBe(false)
        expect(check(proof.slice(1))).toBe(false)
        expect(check([...proof, newRoot])).toBe(false)
        expect(check([oldRoot, ...proof])).toBe(false)
        expect(check([proof[0] as Uint8Array, ...proof])).toBe(false)
      }),
    )
  })

  it('accepts equal sizes only with equal roots and an empty proof', () => {
    const root = rootHash([leafHash(new Uint8Array([1]))])
    const other = rootHash([leafHash(new Uint8Array([2]))])
    expect(verifyConsistency(1, 1, root, root, [])).toBe(true)
    expect(verifyConsistency(1, 1, root, other, [])).toBe(false)
    expect(verifyConsistency(1, 1, root, root, [root])).toBe(false)
  })

  it('accepts growth from the empty tree only from its own root and with an empty proof', () => {
    const root = rootHash([leafHash(new Uint8Array([1]))])
    expect(verifyConsistency(0, 1, emptyRoot(), root, [])).toBe(true)
    expect(verifyConsistency(0, 0, emptyRoot(), emptyRoot(), [])).toBe(true)
    expect(verifyConsistency(0, 1, root, root, [])).toBe(false)
    expect(verifyConsistency(0, 1, emptyRoot(), root, [root])).toBe(false)
  })

  it('answers false without throwing for malformed arguments', () => {
    const root = emptyRoot()
    expect(verifyConsistency(2, 1, root, root, [root])).toBe(false)
    expect(verifyConsistency(-1, 1, root, root, [])).toBe(false)
    expect(verifyConsistency(1, 2.5, root, root, [root])).toBe(false)
    expect(verifyConsistency(1, 2, root.subarray(1), root, [root])).toBe(false)
    expect(verifyConsistency(1, 2, root, root, [new Uint8Array(0)])).toBe(false)
    expect(verifyConsistency(1, Number.POSITIVE_INFINITY, root, root, [root])).toBe(false)
  })
})
