import { textOf } from '../../_internal/arguments'
import { invalidInput, isCount, type SubtreeHash, splitPoint, subtreesOf } from './tree'

/**
 * The RFC 9162 consistency proof (PROOF) that the first `oldSize` leaves of `leaves` formed
 * an earlier version of the same log. Empty when `oldSize` is 0 or the whole tree; throws
 * `INVALID_INPUT` when `oldSize` exceeds the tree.
 */
export function consistencyProof(leaves: readonly Uint8Array[], oldSize: number): Uint8Array[] {
  const subtrees = subtreesOf(leaves)
  if (!isCount(oldSize) || oldSize > leaves.length) {
    throw invalidInput(
      ['oldSize'],
      `${textOf(oldSize)} is not a size of a tree of ${leaves.length} leaves`,
    )
  }
  return consistencyPath(oldSize, leaves.length, subtrees)
}

/** SUBPROOF(oldSize, D[0:newSize], true) over any way of hashing subtrees; arguments checked. */
export function consistencyPath(
  oldSize: number,
  newSize: number,
  subtrees: SubtreeHash,
): Uint8Array[] {
  if (oldSize === 0 || oldSize === newSize) return []
  const topDown: Uint8Array[] = []
  let start = 0
  let end = newSize
  let m = oldSize
  // Whether the old tree is still the left edge of the current subtree, so that the
  // verifier already knows its hash.
  let knownToVerifier = true
  while (m !== end - start) {
    const k = splitPoint(end - start)
    if (m <= k) {
      topDown.push(subtrees(start + k, end))
      end = start + k
    } else {
      topDown.push(subtrees(start, start + k))
      start += k
      m -= k
      knownToVerifier = false
    }
  }
  if (!knownToVerifier) topDown.push(subtrees(start, end))
  return topDown.reverse().map((hash) => hash.slice())
}
