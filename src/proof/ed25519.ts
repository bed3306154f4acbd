import { ed25519 } from '@noble/curves/ed25519.js'
import { LedgerError } from '../errors'
import { fromHex } from './encoding'

/** The Ed25519 operations signed notes need. */
export interface Ed25519 {
  /** The 32-byte public key of a 32-byte secret key. */
  publicKey(secretKey: Uint8Array): Uint8Array
  /** The 64-byte RFC 8032 signature of `message`, the same bytes from every implementation. */
  sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array
  /**
   * True when `signature` verifies under RFC 8032's strict rules as `defaultEd25519` applies
   * them (canonical encodings, no small-order key, the cofactored equation); false, never an
   * exception, for anything else, whatever its length.
   */
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean
}

/** The portable implementation, pure JavaScript from `@noble/curves`. */
export const defaultEd25519: Ed25519 = {
  publicKey: (secretKey) => ed25519.getPublicKey(secretKey),
  sign: (message, secretKey) => ed25519.sign(message, secretKey),
  verify: (signature, message, publicKey) => {
    try {
      return ed25519.verify(signature, message, publicKey, { zip215: false })
    } catch {
      // noble throws for wrong lengths; to a verifier that is just a signature that fails.
      return false
    }
  },
}

// On globalThis under a registered symbol for the reason sha256.ts gives: every bundled copy
// of this module must see what the Node entry installs.
const PROVIDER: unique symbol = Symbol.for('integrity-ledger.ed25519')
type ProviderSlot = { [PROVIDER]?: Ed25519 }

/** The installed Ed25519 implementation (`defaultEd25519` unless `setEd25519` said otherwise). */
export function currentEd25519(): Ed25519 {
  return (globalThis as ProviderSlot)[PROVIDER] ?? defaultEd25519
}

/**
 * Installs the implementation every signature in this library uses, e.g. `node:crypto` in
 * Node, and returns the one it replaces so a caller can put it back.
 */
export function setEd25519(implementation: Ed25519): Ed25519 {
  const complete =
    typeof implementation === 'object' &&
    implementation !== null &&
    (['publicKey', 'sign', 'verify'] as const).every((k) => typeof implementation[k] === 'function')
  if (!complete) {
    throw new LedgerError('INVALID_INPUT', 'an Ed25519 implementation needs three functions', [
      { code: 'not_a_function', path: [], message: 'expected { publicKey, sign, verify }' },
    ])
  }
  const previous = currentEd25519()
  ;(globalThis as ProviderSlot)[PROVIDER] = implementation
  return previous
}

/**
 * True when `defaultEd25519.verify` can accept some signature under `publicKey`: 32 bytes, the
 * canonical encoding of a curve point, and not of small order. Faster implementations check
 * this once per key, since their own libraries may accept keys this one refuses.
 */
export function isStrictPublicKey(publicKey: Uint8Array): boolean {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) return false
  try {
    return !ed25519.Point.fromBytes(publicKey, false).isSmallOrder()
  } catch {
    return false
  }
}

// The group order L = 2^252 + 27742317777372353535851937790883648493, little-endian.
const ORDER = fromHex('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010')

/** True when `signature` is 64 bytes whose second half, the scalar S, is below the group order. */
export function hasReducedScalar(signature: Uint8Array): boolean {
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false
  for (let i = 31; i >= 0; i--) {
    const byte = signature[32 + i] ?? 0
    const bound = ORDER[i] ?? 0
    if (byte !== bound) return byte < bound
  }
  return false
}
