import type { Issue, Result } from '../../errors'
import { currentEd25519 } from '../ed25519'
import { type Note, parseNote } from './parseNote'
import { parseVerifierKey, type VerifierKey } from './verifierKey'

const encoder = new TextEncoder()

/**
 * Opens a signed note with one trusted key (a `VerifierKey` or its text form). Succeeds when
 * the note carries a signature line by that key and every such line verifies; lines by other
 * keys are ignored, as the signed-note spec requires. Fails with `malformed_note`,
 * `invalid_key`, `no_signature_for_key` or `bad_signature`.
 */
export function verifyNote(note: string, key: VerifierKey | string): Result<Note> {
  const parsed = parseNote(note)
  if (!parsed.success) return parsed
  const resolved: Result<VerifierKey> =
    typeof key === 'string' ? parseVerifierKey(key) : { success: true, data: key }
  if (!resolved.success) return resolved
  const { name, keyId, publicKey } = resolved.data
  const { text, signatures } = parsed.data
  const byKey = (s: (typeof signatures)[number]): boolean => s.name === name && s.keyId === keyId
  if (!signatures.some(byKey)) {
    const id = keyId.toString(16).padStart(8, '0')
    const message = `no signature line by ${name} with key ID ${id}`
    return { success: false, issues: [{ code: 'no_signature_for_key', path: [], message }] }
  }
  const message = encoder.encode(text)
  const bad = signatures.findIndex((s) => byKey(s) && !verifies(s.signature, message, publicKey))
  if (bad >= 0) {
    const issue: Issue = {
      code: 'bad_signature',
      path: ['signatures', bad],
      message: `the signature by ${name} does not verify`,
    }
    return { success: false, issues: [issue] }
  }
  return parsed
}

function verifies(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    // RFC 8032 strict: canonical encodings only, small-order keys refused. Implementations
    // answer false rather than throw, but one that throws must not turn a bad line into an error.
    return currentEd25519().verify(signature, message, publicKey)
  } catch {
    return false
  }
}
