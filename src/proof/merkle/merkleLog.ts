import { consistencyPath } from './consistencyProof'
import { emptyRoot } from './emptyRoot'
import { HashBuffer } from './hashBuffer'
import { inclusionPath } from './inclusionProof'
import { nodeHash } from './nodeHash'
import { invalidInput, isCount, isHash, splitPoint } from './tree'

// Full subtrees of 2^CACHED_FROM leaves and up keep their hash: a quarter more memory than
// the leaves themselves (8 bytes an entry), and a smaller subtree is rebuilt from at most 7
// leaves, so an inclusion proof costs at most 4 node hashes below the cache.
const CACHED_FROM = 3

/**
 * An append-only Merkle log held in memory: leaf hashes in one growable buffer, the hashes
 * of full subtrees kept as they complete, so roots and proofs cost O(log n) node hashes.
 */
export class MerkleLog {
  readonly #leaves = new HashBuffer()
  readonly #cached: HashBuffer[] = []
  // Hashes of the full subtrees that make up the current tree, largest (leftmost) first.
  readonly #frontier: Uint8Array[] = []

  /** A log holding `leaves` (leaf hashes), in order. */
  static from(leaves: Iterable<Uint8Array>): MerkleLog {
    const log = new MerkleLog()
    for (const leaf of leaves) log.append(leaf)
    return log
  }

  /** How many leaves the log holds. */
  get size(): number {
    return this.#leaves.length
  }

  /** Adds a leaf hash and returns its index; throws `INVALID_INPUT` unless it is 32 bytes. */
  append(leafHash: Uint8Array): number {
    if (!isHash(leafHash)) throw invalidInput(['leafHash'], 'a leaf hash must be 32 bytes')
    const index = this.#leaves.length
    this.#leaves.push(leafHash)
    let hash: Uint8Array = leafHash.slice()
    let level = 0
    for (let position = index; position % 2 === 1; position = (position - 1) / 2) {
      hash = nodeHash(this.#frontier.pop() as Uint8Array, hash)
      level++
      if (level >= CACHED_FROM) this.#cache(level).push(hash)
    }
    this.#frontier.push(hash)
    return index
  }

  /** A copy of leaf hash `index`. */
  leaf(index: number): Uint8Array {
    this.#check(index, ['index'], 0, this.size - 1)
    return this.#leaves.at(index).slice()
  }

  /** The root hash of the whole log. */
  root(): Uint8Array {
    if (this.#frontier.length === 0) return emptyRoot()
    let root = this.#frontier.at(-1) as Uint8Array
    for (let i = this.#frontier.length - 2; i >= 0; i--) {
      root = nodeHash(this.#frontier[i] as Uint8Array, root)
    }
    return root.slice()
  }

  /** The root hash the log had when it held `size` leaves. */
  rootAt(size: number): Uint8Array {
    this.#check(size, ['size'], 0, this.size)
    return size === this.size ? this.root() : this.#subtree(0, size).slice()
  }

  /** The inclusion proof of leaf `index` in the log as it was at `size` (default: now). */
  inclusionProof(index: number, size: number = this.size): Uint8Array[] {
    this.#check(size, ['size'], 1, this.size)
    this.#check(index, ['index'], 0, size - 1)
    return inclusionPath(index, size, (start, end) => this.#subtree(start, end))
  }

  /** The consistency proof from the log at `oldSize` to the log at `newSize` (default: now). */
  consistencyProof(oldSize: number, newSize: number = this.size): Uint8Array[] {
    this.#check(newSize, ['newSize'], 0, this.size)
    this.#check(oldSize, ['oldSize'], 0, newSize)
    return consistencyPath(oldSize, newSize, (start, end) => this.#subtree(start, end))
  }

  // MTH of leaves start..end, where start is aligned as every RFC 9162 subtree is: split
  // into full aligned subtrees, largest first, and fold them from the right.
  #subtree(start: number, end: number): Uint8Array {
    if (start === end) return emptyRoot()
    const parts: Uint8Array[] = []
    let position = start
    for (let width = splitPoint(end - start + 1); position < end; width /= 2) {
      if (position + width > end) continue
      parts.push(this.#full(Math.log2(width), position / width))
      position += width
    }
    let hash = parts.pop() as Uint8Array
    while (parts.length > 0) hash = nodeHash(parts.pop() as Uint8Array, hash)
    return hash
  }

  #full(level: number, index: number): Uint8Array {
    if (level === 0) return this.#leaves.at(index)
    if (level >= CACHED_FROM) return this.#cache(level).at(index)
    return nodeHash(this.#full(level - 1, 2 * index), this.#full(level - 1, 2 * index + 1))
  }

  #cache(level: number): HashBuffer {
    let buffer = this.#cached[level - CACHED_FROM]
    if (buffer === undefined) {
      buffer = new HashBuffer()
      this.#cached[level - CACHED_FROM] = buffer
    }
    return buffer
  }

  #check(value: number, path: readonly string[], min: number, max: number): void {
    if (!isCount(value) || value < min || value > max) {
      throw invalidInput(path, `${path.join('.')} ${value} is not within ${min}..${max}`)
    }
  }
}
