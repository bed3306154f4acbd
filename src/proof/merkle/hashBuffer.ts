import { HASH_SIZE } from './tree'

/** A growable run of 32-byte hashes in one `Uint8Array`: no object per hash. */
export class HashBuffer {
  #bytes: Uint8Array = new Uint8Array(HASH_SIZE * 16)
  #length = 0

  /** How many hashes it holds. */
  get length(): number {
    return this.#length
  }

  /** Adds a hash at the end, doubling the storage when it is full. */
  push(hash: Uint8Array): void {
    const offset = this.#length * HASH_SIZE
    if (offset + HASH_SIZE > this.#bytes.length) {
      const grown = new Uint8Array(this.#bytes.length * 2)
      grown.set(this.#bytes)
      this.#bytes = grown
    }
    this.#bytes.set(hash, offset)
    this.#length++
  }

  /** A view of hash `index` (no copy): callers copy before handing it out. */
  at(index: number): Uint8Array {
    return this.#bytes.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE)
  }
}
