import { expectArray } from '../../_internal/arguments'
import { LedgerError } from '../../errors'
import { emptyRoot } from './emptyRoot'
import { nodeHash } from './nodeHash'

/** Bytes in every leaf, node and root hash. */
export const HASH_SIZE = 32

/** The root hash of a subtree over leaves `start` to `end` (exclusive) of some tree. */
export type SubtreeHash = (start: number, end: number) => Uint8Array

/** The RFC 9162 split point of `n > 1` leaves: the largest power of two below `n`. */
export function splitPoint(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

/** True for a 32-byte `Uint8Array`, from this realm or another. */
export function isHash(value: unknown): value is Uint8Array {
  return (
    (value instanceof Uint8Array ||
      (ArrayBuffer.isView(value) && value.constructor.name === 'Uint8Array')) &&
    (value as Uint8Array).length === HASH_SIZE
  )
}

/** True for a whole number from 0 to `Number.MAX_SAFE_INTEGER`. */
export function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0
}

/** Subtree hashing over an array of leaf hashes, each recomputed from the leaves. */
export function subtreesOf(leaves: readonly Uint8Array[]): SubtreeHash {
  expectArray(leaves, 'leaves')
  leaves.forEach((leaf, index) => {
    if (!isHash(leaf)) throw invalidInput(['leaves', index], 'a leaf hash must be 32 bytes')
  })
  const hash: SubtreeHash = (start, end) => {
    if (end - start === 1) return leaves[start] as Uint8Array
    if (end === start) return emptyRoot()
    const k = splitPoint(end - start)
    return nodeHash(hash(start, start + k), hash(start + k, end))
  }
  return hash
}

/** The `INVALID_INPUT` error proof generation throws for an argument out of range. */
export function invalidInput(path: readonly (string | number)[], message: string): LedgerError {
  return new LedgerError('INVALID_INPUT', message, [{ code: 'out_of_range', path, message }])
}
