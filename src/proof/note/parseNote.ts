import type { Issue, Result } from '../../errors'
import { decodeBase64 } from '../encoding'
import { isKeyName } from './keyId'
import { controlCharacterAt, hasLoneSurrogate } from './noteText'

/** One signature line of a note, not yet checked. */
export interface NoteSignature {
  /** The key name the line names. */
  readonly name: string
  /** The 32-bit key ID the signature starts with. */
  readonly keyId: number
  /** The signature bytes after the key ID. */
  readonly signature: Uint8Array
}

/** A C2SP signed note taken apart: the signed text and its signature lines. */
export interface Note {
  /** The text the signatures cover, ending in a newline. */
  readonly text: string
  readonly signatures: readonly NoteSignature[]
}

/** More signature lines than this make a note malformed; the spec asks for at least 16. */
export const MAX_SIGNATURES = 100

const SIGNATURE_PREFIX = '\u2014 '

/**
 * Takes a signed note apart without checking any signature: the text is everything up to
 * the last blank line, then one `— <name> <base64(key ID || signature)>` line per signature.
 */
export function parseNote(note: string): Result<Note> {
  const problem = typeof note === 'string' ? textProblem(note) : 'a note is a string'
  if (problem !== undefined) return malformed([], problem)
  const split = note.lastIndexOf('\n\n')
  if (split < 0) return malformed([], 'no blank line separates the text from the signatures')
  const lines = note.slice(split + 2, -1).split('\n')
  if (lines.length > MAX_SIGNATURES) {
    return malformed(['signatures'], `more than ${MAX_SIGNATURES} signature lines`)
  }
  const signatures: NoteSignature[] = []
  const issues: Issue[] = []
  lines.forEach((line, index) => {
    const parsed = parseSignatureLine(line)
    if (typeof parsed === 'string') {
      issues.push({ code: 'malformed_note', path: ['signatures', index], message: parsed })
    } else {
      signatures.push(parsed)
    }
  })
  if (issues.length > 0) return { success: false, issues }
  return { success: true, data: { text: note.slice(0, split + 1), signatures } }
}

/** Why `text` cannot be (or end) a signed note, or `undefined` when it can. */
export function textProblem(text: string): string | undefined {
  if (!text.endsWith('\n')) return 'a note must end with a newline'
  const control = controlCharacterAt(text)
  if (control >= 0) {
    const code = text.charCodeAt(control).toString(16).padStart(4, '0')
    return `control character U+${code} at offset ${control}`
  }
  if (hasLoneSurrogate(text)) return 'a note must be valid Unicode (it has a lone surrogate)'
  return undefined
}

function parseSignatureLine(line: string): NoteSignature | string {
  if (!line.startsWith(SIGNATURE_PREFIX)) return 'a signature line starts with "— " (U+2014, space)'
  const rest = line.slice(SIGNATURE_PREFIX.length)
  const space = rest.indexOf(' ')
  if (space < 0) return 'a signature line is "— <key name> <base64 signature>"'
  const name = rest.slice(0, space)
  if (!isKeyName(name)) return `"${name}" is not a key name signed notes allow`
  const bytes = decodeBase64(rest.slice(space + 1))
  if (bytes === undefined) return 'the signature is not canonical base64'
  if (bytes.length <= 4) return 'the signature is too short to hold a key ID and a signature'
  const [a = 0, b = 0, c = 0, d = 0] = bytes
  return { name, keyId: ((a << 24) | (b << 16) | (c << 8) | d) >>> 0, signature: bytes.slice(4) }
}

function malformed(path: readonly (string | number)[], message: string): Result<Note> {
  return { success: false, issues: [{ code: 'malformed_note', path, message }] }
}
