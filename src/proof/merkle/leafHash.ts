import { expectBytes } from '../../_internal/arguments'
import { sha256Concat } from '../sha256'

/** The RFC 9162 hash of one log entry's bytes: SHA-256(0x00 || data). */
export function leafHash(data: Uint8Array): Uint8Array {
  expectBytes(data, 'data')
  return sha256Concat(0x00, data)
}
