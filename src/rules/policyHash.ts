import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { canonicalBytes } from '../events'
import type { PolicyDocument } from './policy'

/**
 * The identity of a policy: SHA-256 of the RFC 8785 canonical JSON of its document, as lower-case
 * hex. Computed with `@noble/hashes` directly, because the rules layer may not import `proof`
 * (whose installable provider the ledger uses); a policy is hashed once, so speed does not matter.
 */
export function policyHash(document: PolicyDocument): string {
  return bytesToHex(sha256(canonicalBytes(document)))
}
