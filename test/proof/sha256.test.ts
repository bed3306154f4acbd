import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  defaultSha256,
  leafHash,
  rootHash,
  type Sha256,
  setSha256,
  sha256,
  sha256Concat,
  toHex,
} from '../../src/proof'

const nodeSha256: Sha256 = (data) => new Uint8Array(createHash('sha256').update(data).digest())

// Lengths around the 64-byte block and the 55-byte single-block padding limit.
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.integer({ min: 50, max: 130 }).map((n) => new Uint8Array(n).fill(n)),
)

describe('sha256', () => {
  afterEach(() => {
    setSha256(defaultSha256)
  })

  it('gives the FIPS 180-2 digest of "abc"', () => {
    expect(toHex(sha256(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('gives the same bytes as node:crypto for any input', () => {
    fc.assert(
      fc.property(bytes, (data) => {
        expect(toHex(defaultSha256(data))).toBe(toHex(nodeSha256(data)))
      }),
      { numRuns: 500 },
    )
  })

  it('uses an installed implementation for every hash, and gives the same roots with it', () => {
    const leaves = [1, 2, 3].map((n) => leafHash(new Uint8Array([n])))
    const portable = toHex(rootHash(leaves))
    let calls = 0
    setSha256((data) => {
      calls++
      return nodeSha256(data)
    })
    expect(toHex(rootHash([1, 2, 3].map((n) => leafHash(new Uint8Array([n])))))).toBe(portable)
    expect(calls).toBe(5)
  })

  it('returns the implementation it replaces, so a caller can restore it', () => {
    const previous = setSha256(nodeSha256)
    expect(previous).toBe(defaultSha256)
    expect(setSha256(previous)).toBe(nodeSha256)
  })

  it('shares the installed implementation with every other copy of the module', async () => {
    // Bundles for different entries (and ESM beside CJS) each carry their own copy.
    vi.resetModules()
    const copy = await import('../../src/proof/sha256')
    expect(copy.setSha256).not.toBe(setSha256)
    const installed: Sha256 = (data) => nodeSha256(data)
    copy.setSha256(installed)
    expect(setSha256(defaultSha256)).toBe(installed)
  })

  it('refuses something that is not a function', () => {
    expect(() => setSha256('sha256' as unknown as Sha256)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
  })
})

describe('sha256Concat', () => {
  it('equals SHA-256 of the prefix byte and the parts laid end to end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.array(bytes, { maxLength: 4 }),
        (p, parts) => {
          const hash = createHash('sha256').update(Uint8Array.of(p))
          for (const part of parts) hash.update(part)
          expect(toHex(sha256Concat(p, ...parts))).toBe(hash.digest('hex'))
        },
      ),
    )
  })
})
