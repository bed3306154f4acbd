import { subtreesOf } from './tree'

/**
 * The RFC 9162 Merkle tree hash (MTH) over leaf hashes, in order; the empty tree's root is
 * SHA-256 of no bytes.
 */
export function rootHash(leaves: readonly Uint8Array[]): Uint8Array {
  // A one-leaf root is that leaf: copy it so the caller's array stays the caller's.
  return subtreesOf(leaves)(0, leaves.length).slice()
}
