import type { Issue } from '../../errors'
import { currentEd25519 } from '../ed25519'
import type { NoteSignature } from '../note/parseNote'
import type { VerifierKey } from '../note/verifierKey'
import { readCosignature } from './cosignatureLine'
import { cosignedMessage } from './cosignedMessage'

/** A witness's cosignature that verified. */
export interface VerifiedCosignature {
  /** The witness's key name. */
  readonly name: string
  /** When it cosigned, in seconds since the epoch. */
  readonly timestamp: number
}

/**
 * The cosignatures on a checkpoint's signature lines by the given witnesses that verify
 * over `text`, one per witness; a line by one of them that does not verify is an issue
 * (`bad_cosignature`), and lines by anyone else are ignored, as signed notes require.
 */
export function verifyCosignatures(
  text: string,
  lines: readonly NoteSignature[],
  witnesses: readonly VerifierKey[],
): { readonly cosigned: VerifiedCosignature[]; readonly issues: Issue[] } {
  const cosigned: VerifiedCosignature[] = []
  const issues: Issue[] = []
  for (const witness of witnesses) {
    let good: VerifiedCosignature | undefined
    lines.forEach((line, index) => {
      if (line.name !== witness.name || line.keyId !== witness.keyId) return
      const read = readCosignature(line)
      if (
        read !== undefined &&
        verifies(read.signature, cosignedMessage(text, read.timestamp), witness.publicKey)
      ) {
        good ??= { name: witness.name, timestamp: read.timestamp }
        return
      }
      const message = `the cosignature by ${witness.name} does not verify`
      issues.push({ code: 'bad_cosignature', path: ['signatures', index], message })
    })
    if (good !== undefined) cosigned.push(good)
  }
  return { cosigned, issues }
}

function verifies(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return currentEd25519().verify(signature, message, publicKey)
  } catch {
    return false
  }
}
