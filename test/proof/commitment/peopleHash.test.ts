import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../src/events/canonicalJson'
import { leafHash, peopleCommitments, peopleHash, toHex } from '../../../src/proof'
import { people, salt, VECTOR } from './peopleFixtures'

describe('peopleHash', () => {
  it('hashes the pinned tree to the pinned personalHash', () => {
    expect(toHex(peopleHash(VECTOR.tree))).toBe(VECTOR.personalHash)
  })

  it('is SHA-256 of 0x02 and the canonical JSON of the tree', () => {
    fc.assert(
      fc.property(people, salt, (named, bytes) => {
        const tree = peopleCommitments(named, toHex(bytes))
        const expected = createHash('sha256')
          .update(Uint8Array.of(2))
          .update(canonicalJson(tree))
          .digest('hex')
        expect(toHex(peopleHash(tree))).toBe(expected)
      }),
    )
  })

  it('never equals the leaf hash of the same bytes', () => {
    const text = new TextEncoder().encode(canonicalJson(VECTOR.tree))
    expect(toHex(peopleHash(VECTOR.tree))).not.toBe(toHex(leafHash(text)))
  })
})
