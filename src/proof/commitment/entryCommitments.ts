import type { EntryEnvelope } from '../../events'
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

/**
 * Sets `value` at `path` in a nested record, making the objects on the way. Keys are defined
 * as own properties, so content with a `__proto__` key (JSON can carry one) gets a field of
 * that name, as canonical JSON and the leaf hash see it, rather than a new prototype.
 */
export function setAt(tree: Record<string, unknown>, path: ContentPath, value: unknown): void {
  let node = tree
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      define(node, key, value)
      return
    }
    const next = Object.hasOwn(node, key) ? node[key] : undefined
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>
    else {
      const created: Record<string, unknown> = {}
      define(node, key, created)
      node = created
    }
  })
}

function define(node: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true })
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
