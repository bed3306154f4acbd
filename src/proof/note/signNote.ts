import { LedgerError } from '../../errors'
import { toBase64 } from '../encoding'
import { isKeyName, keyId } from './keyId'
import { textProblem } from './parseNote'
import type { Signer } from './signer'

const encoder = new TextEncoder()

/**
 * Signs `text` (non-empty, ending in a newline, no control character but newline) with each
 * signer, giving the C2SP signed note: the text, a blank line, one signature line a signer.
 * Throws `INVALID_INPUT` for text or a signer a note cannot carry.
 */
export function signNote(text: string, signers: readonly Signer[]): string {
  const problem = text === '\n' ? 'the text is empty' : textProblem(text)
  if (problem !== undefined) throw invalid(['text'], problem)
  if (signers.length === 0) throw invalid(['signers'], 'a note needs at least one signature')
  const message = encoder.encode(text)
  let note = `${text}\n`
  signers.forEach((signer, index) => {
    if (!isKeyName(signer.name)) throw invalid(['signers', index, 'name'], 'not a key name')
    const signature = signer.sign(message)
    if (signature.length !== 64) {
      throw invalid(['signers', index], 'an Ed25519 signature is 64 bytes')
    }
    const line = new Uint8Array(68)
    new DataView(line.buffer).setUint32(0, keyId(signer.name, signer.publicKey))
    line.set(signature, 4)
    note += `\u2014 ${signer.name} ${toBase64(line)}\n`
  })
  return note
}

function invalid(path: readonly (string | number)[], message: string): LedgerError {
  return new LedgerError('INVALID_INPUT', `cannot sign the note: ${message}`, [
    { code: 'invalid_note', path, message },
  ])
}
