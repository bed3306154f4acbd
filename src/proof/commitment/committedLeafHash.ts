import { canonicalBytes } from '../../events'
import { leafHash } from '../merkle/leafHash'
import { CONTENT_FIELDS } from './contentLeaves'
import type { CommitmentTree } from './entryCommitments'

/** Keys that are neither position nor content: the secret salt, and a disclosed entry's proof parts. */
export const NOT_POSITION: ReadonlySet<string> = new Set([
  ...CONTENT_FIELDS,
  'salt',
  'commitments',
  'salts',
])

/**
 * The position fields of an entry or of a disclosed entry: everything but its content
 * (`by`, `cause`, `data`, `ref`), its salt and the commitments and salts a report adds. These
 * stand in the clear in the leaf: `seq`, `org`, `type`, `version`, the two times and so on.
 */
export function positionOf(entry: object): Record<string, unknown> {
  const position: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(entry)) {
    if (NOT_POSITION.has(key) || value === undefined) continue
    // Defined, not assigned, so that a `__proto__` key stays a field, as the leaf sees it.
    Object.defineProperty(position, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return position
}

/**
 * The RFC 9162 leaf hash of a salted entry: SHA-256(0x00 || canonical JSON of its position
 * fields plus `commitments`, the tree of its field commitments). It has no `data` key, so it
 * can never equal the leaf of an unsalted entry, which hashes its whole JSON.
 */
export function committedLeafHash(position: object, commitments: CommitmentTree): Uint8Array {
  const fields = positionOf(position)
  Object.defineProperty(fields, 'commitments', {
    value: commitments,
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return leafHash(canonicalBytes(fields))
}
