import { sha256 } from '../sha256'

/** The root hash of a tree with no leaves: SHA-256 of no bytes, as RFC 9162 defines it. */
export function emptyRoot(): Uint8Array {
  return sha256(new Uint8Array(0))
}
