import { LedgerError, type PlainIssueCode, type Result } from '../../errors'
import { bytesEqual } from '../bytesEqual'
import { parseCheckpoint } from '../checkpoint/parseCheckpoint'
import {
  type VerifiedCheckpoint,
  type VerifyCheckpointOptions,
  verifyCheckpoint,
} from '../checkpoint/verifyCheckpoint'
import { leafHash } from '../merkle/leafHash'
import { rootHash } from '../merkle/rootHash'
import { entryBundle, readEntryBundle } from './entryBundle'
import { tileBytes, tileLevels, tilesOf } from './tileHashes'
import { TILE_WIDTH, tilePath } from './tilePath'

/** One file of a tiled log: its path under the log's prefix and its bytes. */
export interface TiledLogFile {
  readonly path: string
  readonly bytes: Uint8Array
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/**
 * Every file of a log in the C2SP tlog-tiles layout: `checkpoint`, the hash tiles of every
 * level and the entry bundles, full and partial, for the tree the checkpoint signs. `entries`
 * are the bytes each leaf hashes (`leafData` of each ledger entry), in log order. Throws
 * `INVALID_INPUT` when the checkpoint does not sign exactly these entries (`root_mismatch`).
 *
 * @example
 * for (const file of tiledLogFiles(entries.map(leafData), note)) write(file.path, file.bytes)
 */
export function tiledLogFiles(entries: readonly Uint8Array[], checkpoint: string): TiledLogFile[] {
  const parsed = parseCheckpoint(checkpoint)
  if (!parsed.success) {
    throw new LedgerError('INVALID_INPUT', 'not a checkpoint note', parsed.issues)
  }
  const levels = tileLevels(entries.map((entry) => leafHash(entry)))
  if (
    parsed.data.size !== entries.length ||
    !bytesEqual(rootHash(levels[0] ?? []), parsed.data.root)
  ) {
    const message = `the checkpoint signs ${parsed.data.size} entries with another root than these ${entries.length}`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'root_mismatch', path: ['checkpoint'], message },
    ])
  }
  const files: TiledLogFile[] = [{ path: 'checkpoint', bytes: encoder.encode(checkpoint) }]
  for (const tile of tilesOf(levels)) {
    files.push({ path: tilePath(tile), bytes: tileBytes(levels, tile) })
    if (tile.level !== 0) continue
    const start = tile.index * TILE_WIDTH
    files.push({
      path: tilePath({ ...tile, level: 'entries' }),
      bytes: entryBundle(entries.slice(start, start + tile.width)),
    })
  }
  return files
}

/** A tiled log read back and checked: its checkpoint and every entry it signs. */
export interface ReadTiledLog {
  readonly checkpoint: VerifiedCheckpoint
  /** The checkpoint note as served and verified: evidence anyone can check again. */
  readonly note: string
  readonly entries: readonly Uint8Array[]
}

/**
 * Reads a log served in the C2SP tlog-tiles layout by anyone and checks it as a monitor must:
 * the checkpoint verifies under the log's key (and witness policy, if given); every entry of
 * every bundle hashes to its level-0 tile hash; every higher tile is the hash of the full tiles
 * below it; and the tiles give the checkpoint's root. Answers `{ success: false, issues }`
 * (`missing_tile`, `malformed_bundle`, `entry_changed`, `root_mismatch`, or the checkpoint's
 * own issues), never throws for what the server sent.
 */
export async function readTiledLog(
  fetch: (path: string) => Promise<Uint8Array | undefined>,
  publicKey: Uint8Array | string,
  options: VerifyCheckpointOptions = {},
): Promise<Result<ReadTiledLog>> {
  const note = await text(fetch, 'checkpoint')
  if (note === undefined) return fail('missing_tile', ['checkpoint'], 'no checkpoint is served')
  const checked = verifyCheckpoint(note, publicKey, options)
  if (!checked.success) return checked
  const { size, root } = checked.data
  const entries: Uint8Array[] = []
  const leaves: Uint8Array[] = []
  for (let start = 0; start < size; start += TILE_WIDTH) {
    const tile = { level: 0, index: start / TILE_WIDTH, width: Math.min(TILE_WIDTH, size - start) }
    const hashes = await fetch(tilePath(tile))
    const bundle = await fetch(tilePath({ ...tile, level: 'entries' }))
    if (hashes?.length !== tile.width * 32) {
      return fail(
        'missing_tile',
        [tilePath(tile)],
        `tile ${tilePath(tile)} is missing or of the wrong size`,
      )
    }
    if (bundle === undefined) {
      const path = tilePath({ ...tile, level: 'entries' })
      return fail('missing_tile', [path], `entry bundle ${path} is missing`)
    }
    const read = readEntryBundle(bundle)
    if (!read.success) return read
    if (read.data.length !== tile.width) {
      const message = `bundle ${tile.index} holds ${read.data.length} entries, not ${tile.width}`
      return fail('malformed_bundle', [tilePath({ ...tile, level: 'entries' })], message)
    }
    for (let i = 0; i < tile.width; i++) {
      const hash = leafHash(read.data[i] as Uint8Array)
      if (!bytesEqual(hash, hashes.subarray(i * 32, i * 32 + 32))) {
        return fail(
          'entry_changed',
          ['entries', start + i],
          `entry ${start + i} does not hash to its tile`,
        )
      }
      entries.push(read.data[i] as Uint8Array)
      leaves.push(hash)
    }
  }
  const levels = tileLevels(leaves)
  for (const tile of tilesOf(levels)) {
    if (tile.level === 0) continue
    const served = await fetch(tilePath(tile))
    if (served === undefined || !bytesEqual(served, tileBytes(levels, tile))) {
      const message = `tile ${tilePath(tile)} is missing or is not the hash of the tiles below it`
      return fail('root_mismatch', [tilePath(tile)], message)
    }
  }
  if (!bytesEqual(rootHash(leaves), root)) {
    return fail('root_mismatch', ['checkpoint'], 'the tiles do not give the checkpoint’s root')
  }
  return { success: true, data: { checkpoint: checked.data, note, entries } }
}

async function text(
  fetch: (path: string) => Promise<Uint8Array | undefined>,
  path: string,
): Promise<string | undefined> {
  const bytes = await fetch(path)
  if (bytes === undefined) return undefined
  try {
    return decoder.decode(bytes)
  } catch {
    return undefined
  }
}

function fail(
  code: PlainIssueCode,
  path: readonly (string | number)[],
  message: string,
): Result<never> {
  return { success: false, issues: [{ code, path, message }] }
}
