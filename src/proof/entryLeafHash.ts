import { expectObject } from '../_internal/arguments'
import type { EntryEnvelope } from '../events'
import { canonicalBytes } from '../events'
import { saltedLeafHash, saltedLeafText } from './commitment/saltedLeafHash'
import { leafHash } from './merkle/leafHash'

/**
 * The RFC 9162 leaf hash of an entry. A salted entry (every entry the ledger writes) hashes
 * its position fields and a salted commitment to each content field, so a report can show
 * some fields and prove them while the rest stay secret: `saltedLeafHash`. An entry
 * without `salt` hashes its whole canonical JSON: SHA-256(0x00 || canonical JSON).
 */
export function entryLeafHash(entry: EntryEnvelope): Uint8Array {
  expectObject(entry, 'entry')
  if (isSalted(entry)) return saltedLeafHash(entry)
  return leafHash(canonicalBytes(entry))
}

const encoder = new TextEncoder()

/**
 * The bytes an entry's leaf hash is taken over (`leafHash(leafData(entry))` equals
 * `entryLeafHash(entry)`): for a salted entry its position fields and field commitments, with
 * no content and no salt; for an unsalted one its whole canonical JSON. What a tiled log
 * publishes as the entry.
 */
export function leafData(entry: EntryEnvelope): Uint8Array {
  expectObject(entry, 'entry')
  return isSalted(entry) ? encoder.encode(saltedLeafText(entry)) : canonicalBytes(entry)
}

// A stored entry never carries a report's `commitments` or `salts`; one that does is hashed
// whole, so it cannot pass for the entry it was made from.
function isSalted(entry: EntryEnvelope): entry is EntryEnvelope & { salt: string } {
  return typeof entry.salt === 'string' && !('commitments' in entry) && !('salts' in entry)
}
