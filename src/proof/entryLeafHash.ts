import { expectObject } from '../_internal/arguments'
import { canonicalBytes } from '../events/canonicalJson'
import type { EntryEnvelope } from '../events/envelope'
import { saltedLeafHash } from './commitment/saltedLeafHash'
import { leafHash } from './merkle/leafHash'

/**
 * The RFC 9162 leaf hash of an entry. A salted entry (every entry the ledger writes) hashes
 * its position fields and a salted commitment to each content field, so a report can show
 * some fields and prove them while the rest stay secret: `saltedLeafHash`. An entry
 * without `salt` hashes its whole canonical JSON: SHA-256(0x00 || canonical JSON).
 */
export function entryLeafHash(entry: EntryEnvelope): Uint8Array {
  expectObject(entry, 'entry')
  // A stored entry never carries a report's `commitments` or `salts`; one that does is hashed
  // whole, so it cannot pass for the entry it was made from.
  if (typeof entry.salt === 'string' && !('commitments' in entry) && !('salts' in entry)) {
    return saltedLeafHash(entry as EntryEnvelope & { salt: string })
  }
  return leafHash(canonicalBytes(entry))
}
