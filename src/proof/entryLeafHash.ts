import { canonicalBytes } from '../events/canonicalJson'
import type { EntryEnvelope } from '../events/envelope'
import { leafHash } from './merkle/leafHash'

/** The RFC 9162 leaf hash of an entry: SHA-256(0x00 || its canonical JSON in UTF-8). */
export function entryLeafHash(entry: EntryEnvelope): Uint8Array {
  return leafHash(canonicalBytes(entry))
}
