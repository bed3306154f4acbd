import { expectObject } from '../../_internal/arguments'
import { LedgerError, type Result } from '../../errors'
import { COSIGNATURE_V1, isKeyName } from '../note/keyId'
import type { Signer } from '../note/signer'
import { keyText, readKeyText, type VerifierKey } from '../note/verifierKey'

/**
 * A witness's public key in C2SP verifier key form with the cosignature type:
 * `<name>+<key ID>+<base64(0x04 || Ed25519 public key)>`, the text a verifier's witness
 * policy names.
 *
 * @example
 * cosignerKey(witness) // 'witness.example/w1+8d66cf3f+BN...'
 */
export function cosignerKey(witness: Pick<Signer, 'name' | 'publicKey'>): string {
  expectObject(witness, 'witness')
  const { name, publicKey } = witness
  if (!isKeyName(name)) throw invalid(['name'], 'not a key name signed notes allow')
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) {
    throw invalid(['publicKey'], 'an Ed25519 public key is 32 bytes')
  }
  return keyText(name, publicKey, COSIGNATURE_V1)
}

/** Reads a witness's key text (type 0x04), checking that its key ID belongs to its name and key. */
export function parseCosignerKey(text: string): Result<VerifierKey> {
  return readKeyText(text, COSIGNATURE_V1, 'a cosigner key is of type 0x04 (cosignature/v1)')
}

function invalid(path: readonly string[], message: string): LedgerError {
  return new LedgerError('INVALID_INPUT', message, [{ code: 'invalid_key', path, message }])
}
