import { textOf } from '../../_internal/arguments'
import { invalidInput, isCount, type SubtreeHash, splitPoint, subtreesOf } from './tree'

/**
 * The RFC 9162 inclusion proof (PATH) of leaf `index` in the tree over `leaves`: the sibling
 * subtree hashes from the leaf up to the root. Throws `INVALID_INPUT` for an index out of range.
 */
export function inclusionProof(leaves: readonly Uint8Array[], index: number): Uint8Array[] {
  const subtrees = subtreesOf(leaves)
  if (!isCount(index) || index >= leaves.length) {
    throw invalidInput(
      ['index'],
      `leaf ${textOf(index)} is not in a tree of ${leaves.length} leaves`,
    )
  }
  return inclusionPath(index, leaves.length, subtrees)
}

/** PATH(index, D[0:size]) over any way of hashing subtrees; arguments already checked. */
export function inclusionPath(index: number, size: number, subtrees: SubtreeHash): Uint8Array[] {
  const topDown: Uint8Array[] = []
  let start = 0
  let end = size
  while (end - start > 1) {
    const middle = start + splitPoint(end - start)
    if (index < middle) {
      topDown.push(subtrees(middle, end))
      end = middle
    } else {
      topDown.push(subtrees(start, middle))
      start = middle
    }
  }
  // PATH lists the sibling nearest the leaf first.
  return topDown.reverse().map((hash) => hash.slice())
}
