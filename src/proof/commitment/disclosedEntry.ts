import type { Cause, EntryEnvelope, Migrated } from '../../events'
import { toHex } from '../encoding'
import { positionOf } from './committedLeafHash'
import { type ContentPath, contentLeaves, contentOf } from './contentLeaves'
import { type CommitmentTree, entryCommitments, setAt } from './entryCommitments'
import { fieldSalt } from './fieldCommitment'

/**
 * An entry as a public report shows it: its position fields (`seq`, `org`, `type`, the two
 * times…) in the clear, the content fields the public may see, the commitment to every
 * content field, and the salt of each field shown. Anyone can recompute the entry's leaf
 * hash from it; nobody can learn a field that is not shown. An unsalted entry, written
 * before entries carried a salt, is shown whole or not at all, without commitments or salts.
 */
export interface DisclosedEntry {
  readonly amends?: number
  readonly by?: string
  readonly cause?: Cause
  /** The commitment to each content field, shown or not; absent for an unsalted entry. */
  readonly commitments?: CommitmentTree
  /** The payload fields shown, in the entry's own shape. */
  readonly data?: Readonly<Record<string, unknown>>
  readonly effectiveAt: string
  /** When and where another system first recorded a migrated entry: a position field. */
  readonly migrated?: Migrated
  readonly org: string
  readonly personalHash?: string
  readonly recordedAt: string
  readonly ref?: string
  /** The salt of each field shown, hex, in the same shape as `commitments`. */
  readonly salts?: CommitmentTree
  readonly schema: number
  readonly seq: number
  readonly type: string
  readonly version: number
}

/**
 * The entry with only the fields `shows` allows, or `undefined` for an unsalted entry that
 * has a field to hide, since its leaf can be recomputed only from the whole entry.
 */
export function discloseEntry(
  entry: EntryEnvelope,
  shows: (path: ContentPath) => boolean,
): DisclosedEntry | undefined {
  const leaves = contentLeaves(contentOf(entry))
  if (typeof entry.salt !== 'string') {
    return leaves.every((leaf) => shows(leaf.path)) ? (entry as DisclosedEntry) : undefined
  }
  const salted = entry as EntryEnvelope & { readonly salt: string }
  const content: Record<string, unknown> = {}
  const salts: Record<string, unknown> = {}
  for (const leaf of leaves) {
    if (!shows(leaf.path)) continue
    setAt(content, leaf.path, leaf.value)
    setAt(salts, leaf.path, toHex(fieldSalt(salted.salt, leaf.path)))
  }
  return {
    ...positionOf(entry),
    ...content,
    commitments: entryCommitments(salted),
    salts: salts as CommitmentTree,
  } as DisclosedEntry
}
