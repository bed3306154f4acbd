import { expectBytes } from '../../_internal/arguments'
import { sha256Concat } from '../sha256'

/** The RFC 9162 hash of an interior node from its two children: SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  expectBytes(left, 'left')
  expectBytes(right, 'right')
  return sha256Concat(0x01, left, right)
}
