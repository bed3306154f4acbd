import { createPublicKey, verify } from 'node:crypto'
import { ed25519 } from '@noble/curves/ed25519.js'
import { sha512 } from '@noble/hashes/sha2.js'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { nodeEd25519, nodeSha256, useNodeCrypto } from '../src/node'
import {
  currentEd25519,
  defaultEd25519,
  defaultSha256,
  ed25519Signer,
  hasReducedScalar,
  isStrictPublicKey,
  keyId,
  leafHash,
  rootHash,
  setEd25519,
  setSha256,
  signCheckpoint,
  toHex,
  verifierKey,
  verifyCheckpoint,
  verifyNote,
} from '../src/proof'

const { Point } = ed25519
const ORDER = Point.Fn.ORDER
// A point of order 8: adding it to R or to a key changes nothing under the cofactored
// equation, but everything under the cofactorless one OpenSSL checks.
const TORSION = Point.fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a')

const secretKey = fc.uint8Array({ minLength: 32, maxLength: 32 })
const message = fc.uint8Array({ maxLength: 300 })

const littleEndian = (n: bigint): Uint8Array =>
  Uint8Array.from({ length: 32 }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn))
const scalarOf = (bytes: Uint8Array): bigint =>
  bytes.reduceRight((n, byte) => (n << 8n) | BigInt(byte), 0n) % ORDER
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** A signature made by hand, with `nonceExtra` added to R and `keyExtra` to the public key. */
function craft(
  seed: Uint8Array,
  msg: Uint8Array,
  nonceExtra = Point.ZERO,
  keyExtra = Point.ZERO,
): { signature: Uint8Array; publicKey: Uint8Array } {
  const { scalar, point } = ed25519.utils.getExtendedPublicKey(seed)
  const publicKey = point.add(keyExtra).toBytes()
  // A challenge k divisible by 8 would make k times the key's small-order part vanish.
  for (let r = 123456789n; ; r++) {
    const R = Point.BASE.multiply(r).add(nonceExtra).toBytes()
    const k = scalarOf(sha512(concat(R, publicKey, msg)))
    if (k % 8n === 0n && !keyExtra.is0()) continue
    const s = (r + k * scalar) % ORDER
    return { signature: concat(R, littleEndian(s)), publicKey }
  }
}

/** What node:crypto alone says, to show that a case is one where it and noble disagree. */
const openssl = (signature: Uint8Array, msg: Uint8Array, publicKey: Uint8Array): boolean => {
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey])
  return verify(null, msg, createPublicKey({ key: spki, format: 'der', type: 'spki' }), signature)
}

const answers = (signature: Uint8Array, msg: Uint8Array, publicKey: Uint8Array) => ({
  node: nodeEd25519.verify(signature, msg, publicKey),
  portable: defaultEd25519.verify(signature, msg, publicKey),
})

afterEach(() => {
  setSha256(defaultSha256)
  setEd25519(defaultEd25519)
})

describe('useNodeCrypto', () => {
  it('installs node:crypto for hashing and for Ed25519, and the defaults can be put back', () => {
    useNodeCrypto()
    expect(currentEd25519()).toBe(nodeEd25519)
    expect(setSha256(defaultSha256)).toBe(nodeSha256)
    expect(setEd25519(defaultEd25519)).toBe(nodeEd25519)
    expect(currentEd25519()).toBe(defaultEd25519)
  })

  it('makes a signer created before the install sign with what is installed', () => {
    const seed = new Uint8Array(32).fill(7)
    const signer = ed25519Signer('ledger.test/node', seed)
    useNodeCrypto()
    const calls: number[] = []
    const counting = {
      ...nodeEd25519,
      sign: (m: Uint8Array, k: Uint8Array) => {
        calls.push(m.length)
        return nodeEd25519.sign(m, k)
      },
    }
    setEd25519(counting)
    expect(toHex(signer.sign(new Uint8Array(5)))).toBe(toHex(ed25519.sign(new Uint8Array(5), seed)))
    expect(calls).toEqual([5])
  })
})

describe('setEd25519', () => {
  it('refuses something that is not an implementation, and keeps the one installed', () => {
    for (const junk of [null, () => true, { sign: () => new Uint8Array(64) }]) {
      expect(() => setEd25519(junk as unknown as typeof defaultEd25519)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
    }
    expect(currentEd25519()).toBe(defaultEd25519)
  })
})

describe('nodeEd25519', () => {
  it('gives the same public keys and signatures as the portable implementation, and both verify them', () => {
    fc.assert(
      fc.property(secretKey, message, (seed, msg) => {
        const publicKey = nodeEd25519.publicKey(seed)
        expect(toHex(publicKey)).toBe(toHex(defaultEd25519.publicKey(seed)))
        const signature = nodeEd25519.sign(msg, seed)
        expect(signature).toBeInstanceOf(Uint8Array)
        expect(toHex(signature)).toBe(toHex(defaultEd25519.sign(msg, seed)))
        expect(answers(signature, msg, publicKey)).toEqual({ node: true, portable: true })
      }),
      { numRuns: 100 },
    )
  })

  it('rejects, as the portable implementation does, a signature with any bit of the message, signature or key flipped', () => {
    const part = fc.constantFrom('message', 'signature', 'key')
    fc.assert(
      fc.property(secretKey, message, part, fc.nat(), (seed, msg, which, bit) => {
        const publicKey = defaultEd25519.publicKey(seed)
        const signature = defaultEd25519.sign(msg, seed)
        const flipped = { message: msg, signature, key: publicKey }[which].slice()
        fc.pre(flipped.length > 0)
        const at = bit % (flipped.length * 8)
        flipped[at >> 3] = (flipped[at >> 3] ?? 0) ^ (1 << (at & 7))
        const checked = answers(
          which === 'signature' ? flipped : signature,
          which === 'message' ? flipped : msg,
          which === 'key' ? flipped : publicKey,
        )
        expect(checked).toEqual({ node: false, portable: false })
      }),
      { numRuns: 100 },
    )
  })

  it('answers malformed signatures and keys as the portable implementation does, never by throwing', () => {
    const seed = new Uint8Array(32).fill(9)
    const msg = new TextEncoder().encode('checkpoint\n')
    const publicKey = defaultEd25519.publicKey(seed)
    const signature = defaultEd25519.sign(msg, seed)
    const identity = littleEndian(1n)
    const unreduced = concat(
      signature.subarray(0, 32),
      littleEndian(scalarOf(signature.subarray(32)) + ORDER),
    )
    const notAPoint = new Uint8Array(32).fill(0xff)
    notAPoint[31] = 0x7f
    const cases: [string, Uint8Array, Uint8Array][] = [
      ['a short signature', signature.subarray(0, 63), publicKey],
      ['a long signature', concat(signature, new Uint8Array(1)), publicKey],
      ['an empty signature', new Uint8Array(0), publicKey],
      ['a short key', signature, publicKey.subarray(0, 31)],
      ['a long key', signature, concat(publicKey, new Uint8Array(1))],
      ['a key that is no point', signature, notAPoint],
      ['an unreduced scalar', unreduced, publicKey],
      // OpenSSL accepts this one: R = identity and S = 0 satisfy the equation for the identity key.
      ['the identity key', concat(identity, new Uint8Array(32)), identity],
      ['a small-order key', signature, TORSION.toBytes()],
    ]
    for (const [, sig, key] of cases) {
      expect(answers(sig, msg, key)).toEqual({ node: false, portable: false })
    }
    expect(openssl(concat(identity, new Uint8Array(32)), msg, identity)).toBe(true)
    // Malformed keys are cached as refused: the second answer is the same as the first.
    expect(answers(signature, msg, notAPoint)).toEqual({ node: false, portable: false })
  })

  it('accepts, as the portable cofactored check does, signatures made with a small-order part that OpenSSL refuses', () => {
    const seed = new Uint8Array(32).fill(3)
    const msg = new TextEncoder().encode('statement\n')
    const inNonce = craft(seed, msg, TORSION)
    const inKey = craft(seed, msg, Point.ZERO, TORSION)
    for (const { signature, publicKey } of [inNonce, inKey]) {
      expect(openssl(signature, msg, publicKey)).toBe(false)
      expect(answers(signature, msg, publicKey)).toEqual({ node: true, portable: true })
    }
  })

  it('follows a key array whose bytes change, instead of signing with the old key', () => {
    const key = new Uint8Array(32).fill(1)
    const msg = new Uint8Array([1, 2, 3])
    nodeEd25519.sign(msg, key)
    key.fill(2)
    expect(toHex(nodeEd25519.sign(msg, key))).toBe(toHex(defaultEd25519.sign(msg, key)))
    expect(toHex(nodeEd25519.publicKey(key))).toBe(toHex(defaultEd25519.publicKey(key)))
  })
})

describe('strict key and scalar checks', () => {
  it('take only canonical keys of large order and scalars below the group order', () => {
    const publicKey = defaultEd25519.publicKey(new Uint8Array(32).fill(4))
    expect(isStrictPublicKey(publicKey)).toBe(true)
    expect(isStrictPublicKey(TORSION.toBytes())).toBe(false)
    expect(isStrictPublicKey(publicKey.subarray(1))).toBe(false)
    const signature = (s: bigint) => concat(new Uint8Array(32), littleEndian(s))
    expect(hasReducedScalar(signature(0n))).toBe(true)
    expect(hasReducedScalar(signature(ORDER - 1n))).toBe(true)
    expect(hasReducedScalar(signature(ORDER))).toBe(false)
    expect(hasReducedScalar(signature((1n << 256n) - 1n))).toBe(false)
    expect(hasReducedScalar(new Uint8Array(63))).toBe(false)
  })
})

describe('checkpoints across implementations', () => {
  const root = rootHash([1, 2, 3].map((n) => leafHash(new Uint8Array([n]))))

  it('verifies a checkpoint signed with node:crypto on the portable path, and the other way round', () => {
    fc.assert(
      fc.property(secretKey, fc.integer({ min: 3, max: 1_000_000 }), (seed, size) => {
        const signer = ed25519Signer('ledger.example/cn', seed)
        const checkpoint = { origin: signer.name, size, root }
        useNodeCrypto()
        const byNode = signCheckpoint(checkpoint, signer)
        const keyText = verifierKey(signer)
        setEd25519(defaultEd25519)
        const byPortable = signCheckpoint(checkpoint, signer)
        expect(byNode).toBe(byPortable)
        expect(verifyCheckpoint(byNode, keyText).success).toBe(true)
        useNodeCrypto()
        expect(verifyCheckpoint(byPortable, keyText).success).toBe(true)
        expect(verifyNote(byPortable, keyText).success).toBe(true)
      }),
      { numRuns: 30 },
    )
  })

  it('reports a tampered checkpoint the same way with either implementation', () => {
    const signer = ed25519Signer('ledger.example/cn', new Uint8Array(32).fill(6))
    const note = signCheckpoint({ origin: signer.name, size: 3, root }, signer)
    const tampered = note.replace('\n3\n', '\n4\n')
    const portable = verifyCheckpoint(tampered, signer.publicKey)
    useNodeCrypto()
    expect(verifyCheckpoint(tampered, signer.publicKey)).toEqual(portable)
    expect(portable).toMatchObject({ success: false, issues: [{ code: 'bad_signature' }] })
  })

  it('reports a key of the wrong length given to verifyNote as a bad signature, as before', () => {
    const signer = ed25519Signer('ledger.example/cn', new Uint8Array(32).fill(6))
    const note = signCheckpoint({ origin: signer.name, size: 3, root }, signer)
    // The line's key ID comes from the full key; only the key bytes handed over are short.
    const key = {
      name: signer.name,
      keyId: keyId(signer.name, signer.publicKey),
      publicKey: signer.publicKey.subarray(0, 31),
    }
    const portable = verifyNote(note, key)
    useNodeCrypto()
    expect(verifyNote(note, key)).toEqual(portable)
    expect(portable).toMatchObject({ success: false, issues: [{ code: 'bad_signature' }] })
  })
})
