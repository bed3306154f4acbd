// Test helpers, not a test file: the RFC 6962 reference data used by Certificate Transparency
// and transparency-dev/merkle, and a second, naive implementation of RFC 9162 section 2.1
// written straight from the RFC's recursive definitions, on node:crypto, sharing no code with
// src/proof.
import { createHash } from 'node:crypto'
import fc from 'fast-check'

export const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'))

/** The eight leaf inputs (entry bytes, not leaf hashes) of the reference tree. */
export const REFERENCE_INPUTS: readonly Uint8Array[] = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map(hex)

/** Roots of the reference tree over its first 0..8 inputs. */
export const REFERENCE_ROOTS: readonly string[] = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
]

/** Inclusion proofs of the reference suite: leaf index, tree size, proof. */
export const REFERENCE_INCLUSION: readonly { index: number; size: number; proof: string[] }[] = [
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    index: 2,
    size: 3,
    proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'],
  },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  { index: 0, size: 1, proof: [] },
]

/** Consistency proofs of the reference suite: old size, new size, proof. */
export const REFERENCE_CONSISTENCY: readonly { from: number; to: number; proof: string[] }[] = [
  { from: 1, to: 1, proof: [] },
  {
    from: 1,
    to: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    from: 6,
    to: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    from: 2,
    to: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    from: 6,
    to: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
]

const digest = (...parts: Uint8Array[]): Uint8Array => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return new Uint8Array(hash.digest())
}

/** The largest power of two smaller than n (n > 1), as RFC 9162 defines k. */
const k = (n: number): number => 2 ** Math.ceil(Math.log2(n) - 1)

/** MTH(D[n]) over entry bytes, RFC 9162 section 2.1.1. */
export function naiveRoot(d: readonly Uint8Array[]): Uint8Array {
  if (d.length === 0) return digest()
  if (d.length === 1) return digest(Uint8Array.of(0), d[0] as Uint8Array)
  const split = k(d.length)
  return digest(Uint8Array.of(1), naiveRoot(d.slice(0, split)), naiveRoot(d.slice(split)))
}

/** PATH(m, D[n]), RFC 9162 section 2.1.3.1. */
export function naivePath(m: number, d: readonly Uint8Array[]): Uint8Array[] {
  if (d.length === 1) return []
  const split = k(d.length)
  return m < split
    ? [...naivePath(m, d.slice(0, split)), naiveRoot(d.slice(split))]
    : [...naivePath(m - split, d.slice(split)), naiveRoot(d.slice(0, split))]
}

/** PROOF(m, D[n]) = SUBPROOF(m, D[n], true), RFC 9162 section 2.1.4.1. */
export function naiveConsistency(m: number, d: readonly Uint8Array[]): Uint8Array[] {
  const subproof = (m: number, d: readonly Uint8Array[], b: boolean): Uint8Array[] => {
    if (m === d.length) return b ? [] : [naiveRoot(d)]
    const split = k(d.length)
    return m <= split
      ? [...subproof(m, d.slice(0, split), b), naiveRoot(d.slice(split))]
      : [...subproof(m - split, d.slice(split), false), naiveRoot(d.slice(0, split))]
  }
  return subproof(m, d, true)
}

/**
 * Which side each PATH element sits on, leaf first: a verifier cannot tell apart two
 * (index, size) pairs with the same shape, since it does the same hashing for both.
 */
export function pathShape(m: number, n: number): string {
  if (n === 1) return ''
  const split = k(n)
  return m < split ? `${pathShape(m, split)}R` : `${pathShape(m - split, n - split)}L`
}

/** The same for consistency proofs: O marks a proof element that is an old subtree. */
export function consistencyShape(m: number, n: number, b = true): string {
  if (m === n) return b ? '' : 'O'
  const split = k(n)
  return m <= split
    ? `${consistencyShape(m, split, b)}R`
    : `${consistencyShape(m - split, n - split, false)}L`
}

/** Distinct entry bytes for a tree: 4 seed bytes and 4 index bytes each. */
export function entries(seed: number, size: number): Uint8Array[] {
  return Array.from({ length: size }, (_, i) => {
    const bytes = new Uint8Array(8)
    const view = new DataView(bytes.buffer)
    view.setUint32(0, seed)
    view.setUint32(4, i)
    return bytes
  })
}

/** A random tree of 1..maxSize distinct entries. */
export const treeArbitrary = (maxSize: number): fc.Arbitrary<Uint8Array[]> =>
  fc
    .tuple(fc.nat({ max: 0xffffffff }), fc.integer({ min: 1, max: maxSize }))
    .map(([seed, size]) => entries(seed, size))
