// splitmix32 finalizer: spreads (seed, index) over all 32 bits so neighbouring organizations
// start from unrelated states.
function mix(value: number): number {
  let z = (value + 0x9e3779b9) | 0
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad)
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97)
  return (z ^ (z >>> 15)) >>> 0
}

/**
 * A seeded generator (xoshiro128**) for one organization: the stream depends on `(seed, index)`
 * alone, so organization i is the same whatever N is and can be made on its own.
 */
export class Random {
  #a: number
  #b: number
  #c: number
  #d: number

  constructor(seed: number, index: number) {
    let state = mix(seed ^ mix(index))
    this.#a = state = mix(state)
    this.#b = state = mix(state)
    this.#c = state = mix(state)
    this.#d = mix(state) | 1
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const result = Math.imul(rotate(Math.imul(this.#b, 5), 7), 9) >>> 0
    const t = this.#b << 9
    this.#c ^= this.#a
    this.#d ^= this.#b
    this.#b ^= this.#c
    this.#a ^= this.#d
    this.#c ^= t
    this.#d = rotate(this.#d, 11)
    return result
  }

  /** A uniform float in [0, 1). */
  float(): number {
    return this.next() / 4294967296
  }

  /** A uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1))
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p
  }

  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T
  }

  /** One item by weight: `[[item, weight], …]`, weights need not sum to 1. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, weight] of table) total += weight
    let at = this.float() * total
    for (const [item, weight] of table) {
      at -= weight
      if (at < 0) return item
    }
    return (table[table.length - 1] as readonly [T, number])[0]
  }
}

function rotate(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits))
}
