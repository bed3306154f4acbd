import type { Issue } from '../../errors'
import { bytesEqual } from '../bytesEqual'
import type { VerifiedCheckpoint, VerifyCheckpointOptions } from '../checkpoint/verifyCheckpoint'
import { leafHash } from '../merkle/leafHash'
import { rootHash } from '../merkle/rootHash'
import { readTiledLog } from './tiledLog'

/** What a monitor keeps between two looks at a log: the last checkpoint it accepted. */
export interface MonitorState {
  /** The checkpoint note as served. */
  readonly note: string
  readonly size: number
  readonly root: Uint8Array
}

/** What one look at a log found. */
export type MonitorReport =
  /** The log is consistent with the last look; `entries` are the ones added since. */
  | {
      readonly kind: 'consistent'
      readonly state: MonitorState
      readonly checkpoint: VerifiedCheckpoint
      readonly entries: readonly Uint8Array[]
    }
  /**
   * Two checkpoints, both signed by the log, that cannot both be true: the evidence to show
   * anyone, since each note verifies under the log's key on its own.
   */
  | {
      readonly kind: 'fork'
      readonly earlier: string
      readonly later: string
      readonly reason: 'smaller_tree' | 'other_history'
      readonly message: string
    }
  /** The log could not be read or checked as served. */
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] }

/**
 * Looks at a log served in the C2SP tiled layout, as a monitor does on each poll: reads and
 * checks its checkpoint, tiles and entries (`readTiledLog`), then holds them to what it saw
 * last time. A checkpoint for a smaller tree, or one whose first `last.size` entries do not
 * give the root it saw, is a fork, reported with both signed notes as evidence; otherwise the
 * entries added since come back with the state to keep.
 *
 * @example
 * const report = await monitorTiledLog(fetchFromMirror, logKey, saved)
 * if (report.kind === 'fork') alert(report.earlier, report.later)
 */
export async function monitorTiledLog(
  fetch: (path: string) => Promise<Uint8Array | undefined>,
  publicKey: Uint8Array | string,
  last: MonitorState | undefined,
  options: VerifyCheckpointOptions = {},
): Promise<MonitorReport> {
  const read = await readTiledLog(fetch, publicKey, options)
  if (!read.success) return { kind: 'invalid', issues: read.issues }
  const { checkpoint, note, entries } = read.data
  if (last !== undefined) {
    if (checkpoint.size < last.size) {
      const message = `the log now shows ${checkpoint.size} entries after showing ${last.size}`
      return { kind: 'fork', earlier: last.note, later: note, reason: 'smaller_tree', message }
    }
    const prefix = rootHash(entries.slice(0, last.size).map((entry) => leafHash(entry)))
    if (!bytesEqual(prefix, last.root)) {
      const message = `the first ${last.size} entries of the log now give another root than the checkpoint seen before`
      return { kind: 'fork', earlier: last.note, later: note, reason: 'other_history', message }
    }
  }
  return {
    kind: 'consistent',
    state: { note, size: checkpoint.size, root: checkpoint.root },
    checkpoint,
    entries: entries.slice(last?.size ?? 0),
  }
}
