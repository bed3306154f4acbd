import type { EntryEnvelope } from '../../events/envelope'
import { toHex } from '../encoding'
import { type ContentPath, contentLeaves, contentOf } from './contentLeaves'
import { fieldDigest, fieldSalt } from './fieldCommitment'

/** Field commitments in the shape of the content they commit to: hex digests at the leaves. */
export interface CommitmentTree {
  readonly [key: string]: string | CommitmentTree
}

/**
 * The commitment to every content field of a salted entry, as a tree shaped like the entry
 * (`{ by, data: { facts, violated: { article, instrument } } }`) with lower-case hex digests
 * at the leaves. Throws `INVALID_INPUT` through `canonicalJson` for content that is not JSON.
 */
export function entryCommitments(entry: EntryEnvelope & { readonly salt: string }): CommitmentTree {
  const tree: Record<string, unknown> = {}
  for (const leaf of contentLeaves(contentOf(entry))) {
    setAt(tree, leaf.path, toHex(fieldDigest(fieldSalt(entry.salt, leaf.path), leaf.value)))
  }
  return tree as CommitmentTree
}

/** Sets `value` at `path` in a nested record, making the objects on the way. */
export function setAt(tree: Record<string, unknown>, path: ContentPath, value: unknown): void {
  let node = tree
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value
      return
    }
    const next = node[key]
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>
    else {
      const created: Record<string, unknown> = {}
      node[key] = created
      node = created
    }
  })
}

/** The value at `path` in a nested record, or `undefined`. */
export function getAt(tree: unknown, path: ContentPath): unknown {
  let node = tree
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined
    if (!Object.hasOwn(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}
