import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consistencyProof,
  defaultSha256,
  inclusionProof,
  leafHash,
  MerkleLog,
  rootHash,
  setSha256,
  toHex,
} from '../../../src/proof'
import { entries, REFERENCE_INPUTS, REFERENCE_ROOTS, treeArbitrary } from './reference'

const hexes = (hashes: readonly Uint8Array[]): string[] => hashes.map(toHex)
const invalidInput = expect.objectContaining({ code: 'INVALID_INPUT' })

describe('MerkleLog', () => {
  it('gives the RFC 6962 reference root after each append', () => {
    const log = new MerkleLog()
    expect(toHex(log.root())).toBe(REFERENCE_ROOTS[0])
    REFERENCE_INPUTS.forEach((input, index) => {
      expect(log.append(leafHash(input))).toBe(index)
      expect(log.size).toBe(index + 1)
      expect(toHex(log.root())).toBe(REFERENCE_ROOTS[index + 1])
    })
  })

  it('agrees with the array functions on roots, leaves and proofs at every size', () => {
    fc.assert(
      fc.property(treeArbitrary(300), fc.nat(), fc.nat(), (data, a, b) => {
        const leaves = data.map(leafHash)
        const log = MerkleLog.from(leaves)
        const size = 1 + (a % leaves.length)
        const prefix = leaves.slice(0, size)
        const index = b % size
        expect(toHex(log.rootAt(size))).toBe(toHex(rootHash(prefix)))
        expect(toHex(log.leaf(index))).toBe(toHex(leaves[index] as Uint8Array))
        expect(hexes(log.inclusionProof(index, size))).toEqual(hexes(inclusionProof(prefix, index)))
        expect(hexes(log.consistencyProof(index, size))).toEqual(
          hexes(consistencyProof(prefix, index)),
        )
        expect(toHex(log.root())).toBe(toHex(rootHash(leaves)))
        expect(hexes(log.inclusionProof(index))).toEqual(hexes(inclusionProof(leaves, index)))
        expect(hexes(log.consistencyProof(size))).toEqual(hexes(consistencyProof(leaves, size)))
      }),
      { numRuns: 60 },
    )
  })

  it('agrees with the array functions in a tree deep enough to use every cached level', () => {
    const leaves = entries(7, 1000).map(leafHash)
    const log = MerkleLog.from(leaves)
    for (const size of [1, 16, 17, 255, 256, 257, 999, 1000]) {
      expect(toHex(log.rootAt(size))).toBe(toHex(rootHash(leaves.slice(0, size))))
    }
    for (const index of [0, 15, 16, 511, 512, 997, 999]) {
      expect(hexes(log.inclusionProof(index))).toEqual(hexes(inclusionProof(leaves, index)))
      expect(hexes(log.consistencyProof(index + 1))).toEqual(
        hexes(consistencyProof(leaves, index + 1)),
      )
    }
  })

  it('hands out copies, so changing a result leaves the log as it was', () => {
    const log = MerkleLog.from(REFERENCE_INPUTS.slice(0, 5).map(leafHash))
    const before = toHex(log.root())
    for (const bytes of [log.leaf(0), log.root(), log.rootAt(4), ...log.inclusionProof(4)]) {
      bytes.fill(0)
    }
    for (const bytes of log.consistencyProof(2)) bytes.fill(0)
    expect(toHex(log.root())).toBe(before)
    expect(toHex(log.root())).toBe(REFERENCE_ROOTS[5])
  })

  it('keeps its own copy of an appended leaf hash', () => {
    const leaf = leafHash(new Uint8Array([1]))
    const log = new MerkleLog()
    log.append(leaf)
    leaf.fill(0)
    expect(toHex(log.leaf(0))).toBe(toHex(leafHash(new Uint8Array([1]))))
  })

  it('throws INVALID_INPUT for a leaf hash that is not 32 bytes', () => {
    expect(() => new MerkleLog().append(new Uint8Array(31))).toThrow(invalidInput)
  })

  it('throws INVALID_INPUT for an index or size it does not hold', () => {
    const log = MerkleLog.from(REFERENCE_INPUTS.map(leafHash))
    expect(() => log.leaf(8)).toThrow(invalidInput)
    expect(() => log.rootAt(9)).toThrow(invalidInput)
    expect(() => log.rootAt(-1)).toThrow(invalidInput)
    expect(() => log.inclusionProof(3, 3)).toThrow(invalidInput)
    expect(() => log.inclusionProof(0, 9)).toThrow(invalidInput)
    expect(() => log.inclusionProof(0, 0)).toThrow(invalidInput)
    expect(() => log.consistencyProof(5, 4)).toThrow(invalidInput)
    expect(() => log.consistencyProof(0, 9)).toThrow(invalidInput)
    expect(() => new MerkleLog().inclusionProof(0)).toThrow(invalidInput)
  })

  it('computes roots and proofs of a large log from O(log n) node hashes', () => {
    const log = new MerkleLog()
    const leaf = new Uint8Array(32)
    for (let i = 0; i < 100_000; i++) {
      new DataView(leaf.buffer).setUint32(0, i)
      log.append(leaf)
    }
    let hashes = 0
    const previous = setSha256((data) => {
      hashes++
      return defaultSha256(data)
    })
    try {
      const count = (work: () => unknown): number => {
        hashes = 0
        work()
        return hashes
      }
      // 17 levels, and below level 4 a subtree is rebuilt from at most 15 leaves: rehashing
      // the log would take 99,999.
      expect(count(() => log.root())).toBeLessThanOrEqual(17)
      expect(count(() => log.rootAt(55_555))).toBeLessThanOrEqual(32)
      expect(count(() => log.inclusionProof(77_777))).toBeLessThanOrEqual(64)
      expect(count(() => log.consistencyProof(33_333, 99_999))).toBeLessThanOrEqual(64)
    } finally {
      setSha256(previous)
    }
  })
})
