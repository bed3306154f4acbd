import { LedgerError } from '../errors'
import type { EntryEnvelope } from '../events'
import { entryLeafHash } from '../proof'

/** An entry as the durable stores keep it: its JSON text and its Merkle leaf hash. */
export interface StoredEntry {
  /** The entry's JSON, kept as text: read back, it has the same canonical form, so the same leaf. */
  readonly text: string
  /** The entry's RFC 9162 leaf hash, as `entryLeafHash` computes it. */
  readonly leaf: Buffer
}

/**
 * The stored form of an entry, with the leaf hash the ledger computed or, when a caller of
 * the store gave none, one computed here. JSON text rather than `jsonb` or columns keeps the
 * bytes exactly as written (`jsonb` would reorder keys and renormalize numbers); plain
 * `JSON.stringify` is enough, because the leaf commits to the canonical form of what parses.
 */
export function storedEntry(entry: EntryEnvelope, leaf?: Uint8Array): StoredEntry {
  const hash = leaf ?? entryLeafHash(entry)
  if (hash.length !== 32) {
    throw new LedgerError('INVALID_INPUT', `the leaf hash of entry ${entry.seq} is not 32 bytes`)
  }
  return { text: JSON.stringify(entry), leaf: Buffer.from(hash.buffer, hash.byteOffset, 32) }
}
