import { argumentIssue } from '../_internal/arguments'
import type { Issue, Result } from '../errors'
import type { EntryEnvelope } from '../events'
import { bytesEqual } from './bytesEqual'
import type { Checkpoint } from './checkpoint/checkpoint'
import { verifyCheckpoint } from './checkpoint/verifyCheckpoint'
import { entryLeafHash } from './entryLeafHash'
import { MerkleLog } from './merkle/merkleLog'

/** What a whole-ledger check established. */
export interface LedgerVerification {
  /** Entries covered by the largest verified checkpoint. */
  readonly verifiedSize: number
  /** Entries after it, which no checkpoint vouches for yet. */
  readonly unverified: number
  /** The checkpoints that verified, in size order. */
  readonly checkpoints: readonly Checkpoint[]
}

/**
 * Checks an exported ledger with nothing else: every checkpoint's signature, that positions
 * run from 0 without gaps and stream versions from 1, and that the entries hash to each
 * checkpoint's root. With several checkpoints, a changed entry is narrowed to the range
 * between the last checkpoint that still matches and the first that does not.
 *
 * @example
 * const checked = verifyLedger(entries, [note], publicKey)
 * if (!checked.success) console.error(checked.issues[0].message)
 */
export function verifyLedger(
  entries: readonly EntryEnvelope[],
  checkpoints: string | readonly string[],
  publicKey: Uint8Array | string,
): Result<LedgerVerification> {
  const notes = typeof checkpoints === 'string' ? [checkpoints] : checkpoints
  const argumentIssues: Issue[] = []
  if (!Array.isArray(entries) || !entries.every(isEntryObject)) {
    argumentIssues.push(argumentIssue('entries', 'an array of entries', entries))
  }
  if (!Array.isArray(notes)) {
    argumentIssues.push(argumentIssue('checkpoints', 'a note or an array of notes', checkpoints))
  }
  if (argumentIssues.length > 0) return { success: false, issues: argumentIssues }
  const issues: Issue[] = []
  const heads: Checkpoint[] = []
  notes.forEach((note, i) => {
    const checked = verifyCheckpoint(note, publicKey)
    if (checked.success) heads.push(checked.data)
    else
      issues.push(
        ...checked.issues.map((issue) => ({ ...issue, path: ['checkpoints', i, ...issue.path] })),
      )
  })
  if (heads.length === 0 && issues.length === 0) {
    issues.push({
      code: 'no_checkpoint',
      path: ['checkpoints'],
      message: 'no checkpoint was given',
    })
  }
  issues.push(...structureIssues(entries))
  if (issues.length > 0) return { success: false, issues }

  heads.sort((a, b) => a.size - b.size)
  const log = new MerkleLog()
  let matched = 0
  for (const head of heads) {
    if (head.size > entries.length) {
      issues.push({
        code: 'truncated',
        path: ['entries'],
        message: `the checkpoint covers ${head.size} entries but only ${entries.length} were given`,
      })
      break
    }
    while (log.size < head.size) log.append(entryLeafHash(entries[log.size] as EntryEnvelope))
    if (!bytesEqual(log.root(), head.root)) {
      issues.push(rootMismatch(matched, head.size))
      break
    }
    matched = head.size
  }
  if (issues.length > 0) return { success: false, issues }
  return {
    success: true,
    data: { verifiedSize: matched, unverified: entries.length - matched, checkpoints: heads },
  }
}

function structureIssues(entries: readonly EntryEnvelope[]): Issue[] {
  const versions = new Map<string, number>()
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as EntryEnvelope
    if (entry.seq !== i) {
      return [
        {
          code: 'out_of_order',
          path: ['entries', i, 'seq'],
          message: `line ${i + 1} holds entry ${entry.seq}, expected entry ${i}`,
        },
      ]
    }
    const expected = (versions.get(entry.org) ?? 0) + 1
    if (entry.version !== expected) {
      return [
        {
          code: 'version_gap',
          path: ['entries', i, 'version'],
          message: `entry ${i} is version ${entry.version} of ${entry.org}, expected ${expected}`,
        },
      ]
    }
    versions.set(entry.org, expected)
  }
  return []
}

function rootMismatch(matched: number, size: number): Issue {
  const which =
    size - matched === 1
      ? `entry ${matched} was changed`
      : `an entry between ${matched} and ${size - 1} was changed, added or removed`
  return {
    code: 'root_mismatch',
    path: ['entries', matched],
    message: `the entries do not hash to the checkpoint of size ${size}: ${which}`,
  }
}

function isEntryObject(value: unknown): value is EntryEnvelope {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
