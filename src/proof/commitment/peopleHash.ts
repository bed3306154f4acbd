import { canonicalJson } from '../../events'
import { hashText } from './hashText'
import type { PeopleCommitments } from './peopleCommitments'

/**
 * The prefix byte of a personal-data commitment. RFC 9162 uses 0x00 for leaves and 0x01 for
 * nodes; 0x02 keeps a commitment from ever being read as either.
 */
export const PERSONAL_DATA_PREFIX = 0x02

const NO_BYTES = new Uint8Array(0)

/**
 * An entry's `personalHash` from its people commitment tree: SHA-256(0x02 || canonical JSON
 * of the tree). Every value in the tree is salted, so the hash says nothing about the people,
 * and a report can show the tree to prove one person's field without the others.
 */
export function peopleHash(tree: PeopleCommitments): Uint8Array {
  return hashText(PERSONAL_DATA_PREFIX, NO_BYTES, canonicalJson(tree))
}
