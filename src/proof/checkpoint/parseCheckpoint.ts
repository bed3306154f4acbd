import type { Issue, Result } from '../../errors'
import { decodeBase64 } from '../encoding'
import { HASH_SIZE } from '../merkle/tree'
import { type NoteSignature, parseNote } from '../note/parseNote'
import type { Checkpoint } from './checkpoint'

/** A checkpoint as read from its note, before any signature is checked. */
export interface ParsedCheckpoint extends Checkpoint {
  /** The signed note text, the bytes the signatures cover. */
  readonly text: string
  /** Every signature line, by any key. */
  readonly signatures: readonly NoteSignature[]
}

/**
 * Reads a C2SP tlog-checkpoint note without trusting it: `malformed_note` issues for the
 * signed-note envelope, `malformed_checkpoint` issues (with the field as path) for the text.
 * Only `verifyCheckpoint` says whether a trusted key signed it.
 */
export function parseCheckpoint(note: string): Result<ParsedCheckpoint> {
  const parsed = parseNote(note)
  if (!parsed.success) return parsed
  const { text, signatures } = parsed.data
  const [origin = '', sizeLine = '', rootLine = '', ...extensions] = text.slice(0, -1).split('\n')
  const issues: Issue[] = []
  const problem = (path: readonly (string | number)[], message: string): void => {
    issues.push({ code: 'malformed_checkpoint', path, message })
  }
  if (origin === '') problem(['origin'], 'the first line, the origin, must not be empty')
  const size = Number(sizeLine)
  if (!/^(0|[1-9][0-9]*)$/.test(sizeLine)) {
    problem(['size'], 'the second line must be the tree size in decimal, without leading zeros')
  } else if (!Number.isSafeInteger(size)) {
    problem(['size'], `the tree size ${sizeLine} is beyond what this library can index`)
  }
  const root = decodeBase64(rootLine)
  if (root?.length !== HASH_SIZE) {
    problem(['root'], 'the third line must be the 32-byte root hash in standard base64')
  }
  extensions.forEach((line, index) => {
    if (line === '') problem(['extensions', index], 'an extension line must not be empty')
  })
  if (issues.length > 0 || root === undefined) return { success: false, issues }
  return {
    success: true,
    data: {
      origin,
      size,
      root,
      ...(extensions.length > 0 ? { extensions } : {}),
      text,
      signatures,
    },
  }
}
