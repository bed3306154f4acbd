import type { Issue, PlainIssueCode, Result } from '../../errors'
import type { EntryEnvelope } from '../../events'
import { decodeHex, toHex } from '../encoding'
import { entryLeafHash } from '../entryLeafHash'
import { committedLeafHash } from './committedLeafHash'
import { contentLeaves, contentOf, MAX_DEPTH } from './contentLeaves'
import type { DisclosedEntry } from './disclosedEntry'
import { type CommitmentTree, getAt } from './entryCommitments'
import { fieldDigest } from './fieldCommitment'

const HASH = /^[0-9a-f]{64}$/

/**
 * The leaf hash a disclosed entry stands for, after checking that every field shown opens its
 * commitment with its salt. Issues have paths inside the entry (`['data', 'facts']`) and say
 * which field is wrong; a changed position field or commitment shows only as a different
 * leaf, which the inclusion proof then rejects.
 */
export function disclosedLeafHash(entry: DisclosedEntry): Result<Uint8Array> {
  if (entry.commitments === undefined) {
    if (entry.salts !== undefined)
      return fail('malformed_entry', ['salts'], 'salts without commitments')
    return { success: true, data: entryLeafHash(entry as EntryEnvelope) }
  }
  const issues: Issue[] = []
  const treeProblem = problemIn(entry.commitments, 1, true)
  if (treeProblem !== undefined) return fail('malformed_entry', ['commitments'], treeProblem)
  const salts = entry.salts ?? {}
  const saltProblem = problemIn(salts, 1, false)
  if (saltProblem !== undefined) return fail('malformed_entry', ['salts'], saltProblem)
  const shown = contentLeaves(contentOf(entry))
  const shownKeys = new Set(shown.map((leaf) => JSON.stringify(leaf.path)))
  for (const leaf of shown) {
    const name = leaf.path.join('.')
    const commitment = getAt(entry.commitments, leaf.path)
    const salt = getAt(salts, leaf.path)
    const saltBytes = typeof salt === 'string' ? decodeHex(salt) : undefined
    if (typeof commitment !== 'string') {
      issues.push(
        issue(
          'not_committed',
          [...leaf.path],
          `${name} is shown but the entry commits to no such field`,
        ),
      )
    } else if (saltBytes?.length !== 32) {
      issues.push(
        issue('missing_salt', ['salts', ...leaf.path], `${name} is shown without its 32-byte salt`),
      )
    } else if (toHex(fieldDigest(saltBytes, leaf.value)) !== commitment) {
      issues.push(
        issue(
          'field_changed',
          [...leaf.path],
          `${name} does not match its commitment: the value or its salt was changed`,
        ),
      )
    }
  }
  for (const path of leafPaths(salts)) {
    if (!shownKeys.has(JSON.stringify(path))) {
      issues.push(
        issue(
          'malformed_entry',
          ['salts', ...path],
          `a salt for ${path.join('.')}, which is not shown`,
        ),
      )
    }
  }
  if (issues.length > 0) return { success: false, issues }
  return { success: true, data: committedLeafHash(entry, entry.commitments) }
}

// A commitment or salt tree: non-empty plain objects down to MAX_DEPTH, 64 hex digits at the leaves.
function problemIn(tree: unknown, depth: number, nonEmpty: boolean): string | undefined {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return 'expected an object'
  const entries = Object.entries(tree)
  if (nonEmpty && entries.length === 0) return 'an empty object'
  for (const [key, value] of entries) {
    if (typeof value === 'string') {
      if (!HASH.test(value)) return `${key} is not 64 lower-case hex digits`
    } else if (depth >= MAX_DEPTH) return `${key} nests deeper than ${MAX_DEPTH} fields`
    else {
      const inner = problemIn(value, depth + 1, true)
      if (inner !== undefined) return `${key}: ${inner}`
    }
  }
  return undefined
}

function leafPaths(tree: CommitmentTree, prefix: string[] = []): string[][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[...prefix, key]] : leafPaths(value, [...prefix, key]),
  )
}

function issue(code: PlainIssueCode, path: (string | number)[], message: string): Issue {
  return { code, path, message }
}

function fail(code: PlainIssueCode, path: (string | number)[], message: string): Result<never> {
  return { success: false, issues: [issue(code, path, message)] }
}
