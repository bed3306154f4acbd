import type { Result } from '../../errors'
import type { ConsistencyBundle } from '../../proof'
import { type Checkpoint, decodeHex, verifyCheckpoint, verifyConsistency } from '../../proof'
import { verifyReport } from './verifyReport'

/** What a consistency check of an earlier report established. */
export interface ReportConsistency {
  /** The tree the earlier report was proved against. */
  readonly old: Checkpoint
  /** The later tree that still holds it unchanged. */
  readonly new: Checkpoint
}

/**
 * Shows that an earlier report was not rewritten: the report verifies against its own
 * checkpoint, a later checkpoint verifies, and the consistency proof shows the earlier tree is
 * a prefix of the later one, so every entry the report proved is still in the log, unchanged.
 *
 * @example
 * const proof = await ledger.proveConsistency(oldSize)
 * verifyReportConsistency(oldReport, await ledger.checkpoint(), proof, publicKey)
 */
export function verifyReportConsistency(
  report: unknown,
  laterCheckpoint: string,
  proof: ConsistencyBundle,
  publicKey: Uint8Array | string,
): Result<ReportConsistency> {
  const checked = verifyReport(report, { publicKey })
  if (!checked.success) return checked
  const old = checked.data.checkpoint
  const later = verifyCheckpoint(laterCheckpoint, publicKey, { origin: old.origin })
  if (!later.success) {
    return {
      success: false,
      issues: later.issues.map((i) => ({ ...i, path: ['checkpoint', ...i.path] })),
    }
  }
  const fail = (path: string[], message: string): Result<never> => ({
    success: false,
    issues: [{ code: 'inconsistent', path, message }],
  })
  if (proof.oldSize !== old.size || proof.newSize !== later.data.size) {
    return fail(
      ['proof'],
      `the proof runs from ${proof.oldSize} to ${proof.newSize}, the checkpoints from ${old.size} to ${later.data.size}`,
    )
  }
  const path = proof.path.map((node) => decodeHex(node))
  if (path.some((node) => node?.length !== 32)) {
    return fail(
      ['proof', 'path'],
      'the consistency path holds something other than 32-byte hex hashes',
    )
  }
  if (
    !verifyConsistency(old.size, later.data.size, old.root, later.data.root, path as Uint8Array[])
  ) {
    return fail(
      ['proof'],
      `the log at size ${later.data.size} does not extend the one the report was proved against: it was rewritten`,
    )
  }
  return { success: true, data: { old, new: later.data } }
}
