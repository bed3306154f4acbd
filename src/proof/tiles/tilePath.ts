import type { Result } from '../../errors'

/** Hashes in a full tile, and entries in a full entry bundle (C2SP tlog-tiles). */
export const TILE_WIDTH = 256

/** One tile of a tiled log: its level (`entries` for an entry bundle), its index and its width. */
export interface Tile {
  /** 0 to 63 for hash tiles; `entries` for an entry bundle. */
  readonly level: number | 'entries'
  readonly index: number
  /** 1 to 256; below 256 the tile is partial. */
  readonly width: number
}

/**
 * The path of a tile under a log's prefix, as C2SP tlog-tiles writes it:
 * `tile/<L>/<N>[.p/<W>]` or `tile/entries/<N>[.p/<W>]`, the index in zero-padded 3-digit
 * elements, all but the last prefixed with `x` (1234067 is `x001/x234/067`).
 *
 * @example tilePath({ level: 0, index: 1234067, width: 5 }) // 'tile/0/x001/x234/067.p/5'
 */
export function tilePath(tile: Tile): string {
  const partial = tile.width < TILE_WIDTH ? `.p/${tile.width}` : ''
  return `tile/${tile.level}/${indexPath(tile.index)}${partial}`
}

function indexPath(index: number): string {
  const groups: string[] = []
  let rest = index
  do {
    groups.unshift(String(rest % 1000).padStart(3, '0'))
    rest = Math.floor(rest / 1000)
  } while (rest > 0)
  return groups.map((group, i) => (i < groups.length - 1 ? `x${group}` : group)).join('/')
}

const PATH = /^tile\/(entries|0|[1-9]\d?)\/((?:x\d{3}\/)*)(\d{3})(?:\.p\/([1-9]\d{0,2}))?$/

/**
 * Reads a tile path back, refusing anything C2SP tlog-tiles does not write (`invalid_tile_path`):
 * a level above 63, a width of 0 or above 255, a leading zero, an index beyond what this library
 * can count.
 */
export function parseTilePath(path: string): Result<Tile> {
  const match = typeof path === 'string' ? PATH.exec(path) : null
  const level = match?.[1] === 'entries' ? 'entries' : Number(match?.[1])
  const index = Number(`${(match?.[2] ?? '').replaceAll('x', '').replaceAll('/', '')}${match?.[3]}`)
  const width = match?.[4] === undefined ? TILE_WIDTH : Number(match[4])
  if (
    match === null ||
    (level !== 'entries' && level > 63) ||
    (match[4] !== undefined && width >= TILE_WIDTH) ||
    !Number.isSafeInteger(index) ||
    (match[2] ?? '').startsWith('x000/')
  ) {
    const message = `not a tile path C2SP tlog-tiles writes: ${JSON.stringify(path)}`
    return { success: false, issues: [{ code: 'invalid_tile_path', path: ['path'], message }] }
  }
  return { success: true, data: { level, index, width } }
}
