import { hexOf } from '../_internal/hex'
import { sha256 } from '../_internal/sha256'
import { canonicalBytes } from './canonicalJson'

/**
 * The one content hash of the library: SHA-256 of the RFC 8785 canonical JSON of `value`, as
 * lower-case hex. A rules pack, a disclosure policy, an append request and a report statement
 * are each identified by it, so equal content always has one hash whoever computes it.
 *
 * @example contentHash({ b: 1, a: 2 }) === contentHash({ a: 2, b: 1 }) // true
 */
export function contentHash(value: unknown): string {
  return hexOf(sha256(canonicalBytes(value)))
}
