import type { PlainIssueCode, Result } from '../errors'
import type { EntryEnvelope } from '../events'
import type { Checkpoint } from './checkpoint/checkpoint'
import { verifyCheckpoint } from './checkpoint/verifyCheckpoint'
import { decodeHex, toHex } from './encoding'
import { entryLeafHash } from './entryLeafHash'
import { verifyInclusion } from './merkle/verifyInclusion'
import type { InclusionBundle } from './proofBundle'

/**
 * Checks, with nothing but the entry, its proof, a checkpoint note and the log's public key,
 * that the entry is unchanged and sits at its `seq` in the signed tree. Issues name the entry.
 *
 * @example
 * const checked = verifyEntryInclusion(entry, await ledger.proveInclusion(entry.seq), note, key)
 */
export function verifyEntryInclusion(
  entry: EntryEnvelope,
  proof: InclusionBundle,
  checkpointNote: string,
  publicKey: Uint8Array | string,
): Result<Checkpoint> {
  const checkpoint = verifyCheckpoint(checkpointNote, publicKey)
  if (!checkpoint.success) return checkpoint
  const fail = (code: PlainIssueCode, path: (string | number)[], message: string) =>
    ({
      success: false,
      issues: [{ code, path, message: `entry ${entry.seq}: ${message}` }],
    }) as const
  if (proof.size !== checkpoint.data.size) {
    return fail(
      'size_mismatch',
      ['proof', 'size'],
      `the proof is for size ${proof.size}, the checkpoint for ${checkpoint.data.size}`,
    )
  }
  if (proof.seq !== entry.seq) {
    return fail('index_mismatch', ['proof', 'seq'], `the proof is for entry ${proof.seq}`)
  }
  const leaf = entryLeafHash(entry)
  if (toHex(leaf) !== proof.leafHash) {
    return fail(
      'entry_changed',
      ['entry'],
      'its content does not hash to the leaf the proof was made for',
    )
  }
  const path = proof.path.map(decodeHex)
  if (path.some((node) => node === undefined || node.length !== 32)) {
    return fail(
      'malformed_proof',
      ['proof', 'path'],
      'the audit path holds something other than 32-byte hex hashes',
    )
  }
  if (!verifyInclusion(leaf, entry.seq, proof.size, path as Uint8Array[], checkpoint.data.root)) {
    return fail(
      'not_included',
      ['proof'],
      `the audit path does not lead to the root of the tree of size ${proof.size}`,
    )
  }
  return checkpoint
}
