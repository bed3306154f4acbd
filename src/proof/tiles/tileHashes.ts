import { nodeHash } from '../merkle/nodeHash'
import { TILE_WIDTH, type Tile } from './tilePath'

/**
 * The hashes of every level of a tiled log over `leaves` (RFC 9162 leaf hashes): level 0 is the
 * leaves; each hash at level l + 1 is the Merkle tree hash of a full tile at level l, so it spans
 * 256^(l+1) leaves. A partial tile is never hashed into the level above.
 */
export function tileLevels(leaves: readonly Uint8Array[]): Uint8Array[][] {
  const levels: Uint8Array[][] = [leaves.slice()]
  for (;;) {
    const below = levels[levels.length - 1] as Uint8Array[]
    const full = Math.floor(below.length / TILE_WIDTH)
    if (full === 0) return levels
    const level: Uint8Array[] = []
    for (let t = 0; t < full; t++)
      level.push(perfectRoot(below.slice(t * TILE_WIDTH, (t + 1) * TILE_WIDTH)))
    levels.push(level)
  }
}

/** The tiles a tree of `size` leaves is served as: every full tile, and the partial tile of each level. */
export function tilesOf(levels: readonly (readonly Uint8Array[])[]): Tile[] {
  const tiles: Tile[] = []
  levels.forEach((hashes, level) => {
    for (let start = 0; start < hashes.length; start += TILE_WIDTH) {
      const width = Math.min(TILE_WIDTH, hashes.length - start)
      tiles.push({ level, index: start / TILE_WIDTH, width })
    }
  })
  return tiles
}

/** The concatenated 32-byte hashes of one tile. */
export function tileBytes(levels: readonly (readonly Uint8Array[])[], tile: Tile): Uint8Array {
  const hashes = levels[tile.level as number] ?? []
  const bytes = new Uint8Array(tile.width * 32)
  for (let i = 0; i < tile.width; i++) {
    bytes.set(hashes[tile.index * TILE_WIDTH + i] as Uint8Array, i * 32)
  }
  return bytes
}

// The root of a perfect tree over a power-of-two number of hashes.
function perfectRoot(hashes: readonly Uint8Array[]): Uint8Array {
  let layer = hashes.slice()
  while (layer.length > 1) {
    const next: Uint8Array[] = []
    for (let i = 0; i < layer.length; i += 2) {
      next.push(nodeHash(layer[i] as Uint8Array, layer[i + 1] as Uint8Array))
    }
    layer = next
  }
  return layer[0] as Uint8Array
}
