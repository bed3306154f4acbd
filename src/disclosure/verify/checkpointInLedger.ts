import { isLedgerError, LedgerError } from '../../errors'
import { bytesEqual, type Checkpoint, decodeHex, emptyRoot, verifyInclusion } from '../../proof'
import type { ReportSource } from '../report/publicReport'

/**
 * Throws `VERIFICATION_FAILED` unless the source's tree of the checkpoint's size has the
 * checkpoint's root: the last leaf of that tree and its audit path, both from the source,
 * lead to the root (the empty tree's root for size 0). A size the source has no tree of is
 * `unknown_size`, a different root `root_mismatch`, both at `['checkpoint', …]`.
 */
export async function checkpointInLedger(
  source: ReportSource,
  checkpoint: Checkpoint,
): Promise<void> {
  const { size, root } = checkpoint
  if (size === 0) {
    if (!bytesEqual(root, emptyRoot())) mismatch(size)
    return
  }
  let proof: Awaited<ReturnType<ReportSource['proveInclusion']>>
  try {
    proof = await source.proveInclusion(size - 1, size)
  } catch (error) {
    // A size past the log is the caller's checkpoint being wrong; a failing store is not.
    if (!isLedgerError(error) || (error.code !== 'INVALID_INPUT' && error.code !== 'NOT_FOUND')) {
      throw error
    }
    const message = `the checkpoint is for a tree of ${size} entries, which this ledger does not hold`
    throw new LedgerError('VERIFICATION_FAILED', message, [
      { code: 'unknown_size', path: ['checkpoint', 'size'], message },
    ])
  }
  const leaf = decodeHex(proof.leafHash)
  const path = proof.path.map((node) => decodeHex(node))
  const complete = (nodes: (Uint8Array | undefined)[]): nodes is Uint8Array[] =>
    nodes.every((node) => node !== undefined)
  if (leaf === undefined || !complete(path) || !verifyInclusion(leaf, size - 1, size, path, root)) {
    mismatch(size)
  }
}

function mismatch(size: number): never {
  const message = `the checkpoint's root is not this ledger's root at size ${size}`
  throw new LedgerError('VERIFICATION_FAILED', message, [
    { code: 'root_mismatch', path: ['checkpoint', 'root'], message },
  ])
}
