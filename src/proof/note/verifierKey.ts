import { ed25519 } from '@noble/curves/ed25519.js'
import { expectObject } from '../../_internal/arguments'
import type { Issue, Result } from '../../errors'
import { LedgerError } from '../../errors'
import { decodeBase64, toBase64 } from '../encoding'
import { ED25519, isKeyName, keyId } from './keyId'
import type { Signer } from './signer'

/** A public key that checks signature lines: its name, key ID and Ed25519 key. */
export interface VerifierKey {
  readonly name: string
  /** The 32-bit key ID signature lines carry. */
  readonly keyId: number
  /** The 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array
}

/**
 * The C2SP verifier key text `<name>+<key ID, 8 hex digits>+<base64(0x01 || public key)>`,
 * the form to publish so that others can check checkpoints.
 *
 * @example
 * verifierKey(signer) // 'ledger.example/cn+1a2b3c4d+AX...'
 */
export function verifierKey(signer: Pick<Signer, 'name' | 'publicKey'>): string
/** The verifier key text of a key name and a 32-byte Ed25519 public key. */
export function verifierKey(name: string, publicKey: Uint8Array): string
export function verifierKey(
  nameOrSigner: string | Pick<Signer, 'name' | 'publicKey'>,
  publicKey?: Uint8Array,
): string {
  if (typeof nameOrSigner !== 'string') expectObject(nameOrSigner, 'signer')
  const name = typeof nameOrSigner === 'string' ? nameOrSigner : nameOrSigner.name
  const key = typeof nameOrSigner === 'string' ? publicKey : nameOrSigner.publicKey
  if (!isKeyName(name)) throw invalid(['name'], 'not a key name signed notes allow')
  if (!(key instanceof Uint8Array) || key.length !== 32) {
    throw invalid(['publicKey'], 'an Ed25519 public key is 32 bytes')
  }
  return keyText(name, key, ED25519)
}

/** `<name>+<key ID>+<base64(type || key)>` for a checked name and 32-byte key. */
export function keyText(name: string, key: Uint8Array, type: number): string {
  const typed = new Uint8Array(33)
  typed[0] = type
  typed.set(key, 1)
  return `${name}+${keyId(name, key, type).toString(16).padStart(8, '0')}+${toBase64(typed)}`
}

/** Reads verifier key text, checking that its key ID belongs to its name and key. */
export function parseVerifierKey(text: string): Result<VerifierKey> {
  return readKeyText(text, ED25519, 'only Ed25519 keys (type 0x01, 32 bytes) are supported')
}

/** Reads key text of one signature type, checking that its key ID belongs to its name and key. */
export function readKeyText(text: string, type: number, wrongType: string): Result<VerifierKey> {
  const fail = (path: readonly string[], message: string): Result<VerifierKey> => ({
    success: false,
    issues: [{ code: 'invalid_key', path, message } satisfies Issue],
  })
  if (typeof text !== 'string') return fail([], 'key text is a string')
  const firstPlus = text.indexOf('+')
  const secondPlus = text.indexOf('+', firstPlus + 1)
  if (firstPlus < 0 || secondPlus < 0) return fail([], 'expected <name>+<key ID>+<key>')
  const name = text.slice(0, firstPlus)
  const idText = text.slice(firstPlus + 1, secondPlus)
  const typed = decodeBase64(text.slice(secondPlus + 1))
  if (!isKeyName(name)) return fail(['name'], 'not a key name signed notes allow')
  if (!/^[0-9a-f]{8}$/.test(idText)) return fail(['keyId'], 'a key ID is 8 lower-case hex digits')
  if (typed === undefined) return fail(['publicKey'], 'the key is not canonical base64')
  if (typed.length !== 33 || typed[0] !== type) return fail(['publicKey'], wrongType)
  const publicKey = typed.slice(1)
  const id = keyId(name, publicKey, type)
  if (!ed25519.utils.isValidPublicKey(publicKey, false)) {
    return fail(['publicKey'], 'not a canonical Ed25519 public key')
  }
  if (Number.parseInt(idText, 16) !== id) {
    return fail(['keyId'], 'the key ID does not match the name and key')
  }
  return { success: true, data: { name, keyId: id, publicKey } }
}

function invalid(path: readonly string[], message: string): LedgerError {
  return new LedgerError('INVALID_INPUT', message, [{ code: 'invalid_key', path, message }])
}
