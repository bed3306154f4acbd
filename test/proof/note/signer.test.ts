import { ed25519 } from '@noble/curves/ed25519.js'
import { describe, expect, it } from 'vitest'
import { ed25519Signer, generateSigningKey, toBase64, verifierKey } from '../../../src/proof'
import { PETER_NOTE, PETER_TEXT, PETER_VKEY, peterSecretKey } from './goVectors'

const invalidInput = expect.objectContaining({ code: 'INVALID_INPUT' })

describe('ed25519Signer', () => {
  it('reproduces the signature of the published example byte for byte', () => {
    const signer = ed25519Signer('PeterNeumann', peterSecretKey())
    expect(verifierKey(signer)).toBe(PETER_VKEY)
    const signature = signer.sign(new TextEncoder().encode(PETER_TEXT))
    // The note's signature is base64 of the 4-byte key ID and these 64 bytes.
    const line = PETER_NOTE.slice(PETER_NOTE.lastIndexOf(' ') + 1, -1)
    const withId = new Uint8Array([0xc7, 0x4f, 0x20, 0xa3, ...signature])
    expect(toBase64(withId)).toBe(line)
  })

  it('gives signatures that Ed25519 verifies under its public key', () => {
    const signer = ed25519Signer('ledger.example/cn', generateSigningKey())
    const message = new TextEncoder().encode('hello')
    expect(ed25519.verify(signer.sign(message), message, signer.publicKey)).toBe(true)
  })

  it('keeps its public key to itself', () => {
    const signer = ed25519Signer('a', generateSigningKey())
    signer.publicKey.fill(0)
    expect(signer.publicKey.some((byte) => byte !== 0)).toBe(true)
  })

  it('refuses a key name signed notes do not allow', () => {
    for (const name of ['', 'a b', 'a+b', 'a\nb', 'a\u00a0b', 'a\u3000b', 'a\tb']) {
      expect(() => ed25519Signer(name, generateSigningKey())).toThrow(invalidInput)
    }
  })

  it('refuses a secret key that is not 32 bytes', () => {
    expect(() => ed25519Signer('a', new Uint8Array(64))).toThrow(invalidInput)
  })
})

describe('generateSigningKey', () => {
  it('gives a different 32-byte key each time', () => {
    const a = generateSigningKey()
    const b = generateSigningKey()
    expect(a).toHaveLength(32)
    expect(toBase64(a)).not.toBe(toBase64(b))
  })
})
