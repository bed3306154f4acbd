import { sha256 } from '../sha256'
import { isLine } from './noteText'

/** The signed-note signature type byte of Ed25519. */
export const ED25519 = 0x01

const encoder = new TextEncoder()

/**
 * The 32-bit key ID that C2SP signed notes recommend: the first four bytes, big-endian, of
 * SHA-256(key name || 0x0A || 0x01 || the 32-byte Ed25519 public key).
 */
export function keyId(name: string, publicKey: Uint8Array): number {
  const nameBytes = encoder.encode(name)
  const message = new Uint8Array(nameBytes.length + 2 + publicKey.length)
  message.set(nameBytes)
  message[nameBytes.length] = 0x0a
  message[nameBytes.length + 1] = ED25519
  message.set(publicKey, nameBytes.length + 2)
  const [a = 0, b = 0, c = 0, d = 0] = sha256(message)
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0
}

/** A name signed notes allow: one line with no Unicode space and no `+`. */
export function isKeyName(name: string): boolean {
  return isLine(name) && !/[\s\u0085+]/u.test(name)
}
