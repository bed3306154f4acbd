import { bytesEqual } from '../bytesEqual'
import { nodeHash } from './nodeHash'
import { isCount, isHash } from './tree'

/**
 * Checks an inclusion proof by the algorithm of RFC 9162 section 2.1.3.2: `leaf` (a leaf
 * hash) sits at `index` in the tree of `size` leaves whose root is `root`. Answers false,
 * never throws, for an index or size out of range or a proof of the wrong length.
 */
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!isCount(index) || !isCount(size) || index >= size) return false
  if (!isHash(leaf) || !isHash(root) || !Array.isArray(proof) || !proof.every(isHash)) return false
  // Halving instead of bit shifts keeps sizes past 2^31 exact.
  let fn = index
  let sn = size - 1
  let r = leaf
  for (const p of proof) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r)
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2
        sn = Math.floor(sn / 2)
      }
    } else {
      r = nodeHash(r, p)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && bytesEqual(r, root)
}
