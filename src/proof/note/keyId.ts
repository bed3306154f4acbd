import { sha256 } from '../sha256'
import { isLine } from './noteText'

/** The signed-note signature type byte of Ed25519. */
export const ED25519 = 0x01

const encoder = new TextEncoder()

/** The signature type byte of a C2SP Ed25519 cosignature (`cosignature/v1`). */
export const COSIGNATURE_V1 = 0x04

/**
 * The 32-bit key ID that C2SP signed notes recommend: the first four bytes, big-endian, of
 * SHA-256(key name || 0x0A || type || the 32-byte Ed25519 public key), the type 0x01 for a
 * note signature and 0x04 for a witness's cosignature.
 */
export function keyId(name: string, publicKey: Uint8Array, type: number = ED25519): number {
  const nameBytes = encoder.encode(name)
  const message = new Uint8Array(nameBytes.length + 2 + publicKey.length)
  message.set(nameBytes)
  message[nameBytes.length] = 0x0a
  message[nameBytes.length + 1] = type
  message.set(publicKey, nameBytes.length + 2)
  const [a = 0, b = 0, c = 0, d = 0] = sha256(message)
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0
}

/** A name signed notes allow: one line with no Unicode space and no `+`. */
export function isKeyName(name: string): boolean {
  return isLine(name) && !/[\s\u0085+]/u.test(name)
}
