import { ed25519 } from '@noble/curves/ed25519.js'
import { LedgerError } from '../../errors'
import { currentEd25519 } from '../ed25519'
import { isKeyName } from './keyId'

/** What signs notes and checkpoints: a key name, its Ed25519 public key, and the signing. */
export interface Signer {
  /** The key name on signature lines; for a log, usually its origin. */
  readonly name: string
  /** The 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array
  /** The 64-byte Ed25519 signature of `message`. */
  sign(message: Uint8Array): Uint8Array
}

/** A fresh random 32-byte Ed25519 secret key, from the platform's secure random source. */
export function generateSigningKey(): Uint8Array {
  return ed25519.utils.randomSecretKey()
}

/**
 * A signer over an Ed25519 secret key held in memory. Throws `INVALID_INPUT` for a name
 * signed notes do not allow or a key that is not 32 bytes.
 *
 * @example
 * const signer = ed25519Signer('ledger.example/cn', generateSigningKey())
 */
export function ed25519Signer(name: string, secretKey: Uint8Array): Signer {
  if (!isKeyName(name)) {
    throw invalid(
      ['name'],
      'a key name must be non-empty, without spaces, "+" or control characters',
    )
  }
  if (!(secretKey instanceof Uint8Array) || secretKey.length !== 32) {
    throw invalid(['secretKey'], 'an Ed25519 secret key is 32 bytes')
  }
  const key = secretKey.slice()
  const publicKey = currentEd25519().publicKey(key)
  return {
    name,
    get publicKey(): Uint8Array {
      return publicKey.slice()
    },
    // Looked up on every call, so that a signer made before `useNodeCrypto` uses it too.
    sign: (message: Uint8Array): Uint8Array => currentEd25519().sign(message, key),
  }
}

function invalid(path: readonly string[], message: string): LedgerError {
  return new LedgerError('INVALID_INPUT', message, [{ code: 'invalid_signer', path, message }])
}
