import { describe, expect, it } from 'vitest'
import {
  ed25519Signer,
  generateSigningKey,
  parseVerifierKey,
  toHex,
  verifierKey,
} from '../../../src/proof'
import { FOO_VKEY, PETER_VKEY } from './goVectors'

describe('verifierKey', () => {
  it('writes the same text from a signer or from a name and public key', () => {
    const signer = ed25519Signer('ledger.example/cn', generateSigningKey())
    expect(verifierKey(signer)).toBe(verifierKey(signer.name, signer.publicKey))
    expect(verifierKey(signer)).toMatch(/^ledger\.example\/cn\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$/)
  })

  it('refuses a bad name or a public key that is not 32 bytes', () => {
    expect(() => verifierKey('a b', new Uint8Array(32))).toThrow()
    expect(() => verifierKey('a', new Uint8Array(31))).toThrow()
  })
})

describe('parseVerifierKey', () => {
  it('reads the published example keys', () => {
    const peter = parseVerifierKey(PETER_VKEY)
    expect(peter.success && peter.data.name).toBe('PeterNeumann')
    expect(peter.success && peter.data.keyId).toBe(0xc74f20a3)
    expect(peter.success && peter.data.publicKey).toHaveLength(32)
    expect(parseVerifierKey(FOO_VKEY).success).toBe(true)
  })

  it('reads back what verifierKey writes', () => {
    const signer = ed25519Signer('x.example/log', generateSigningKey())
    const parsed = parseVerifierKey(verifierKey(signer))
    expect(parsed.success && toHex(parsed.data.publicKey)).toBe(toHex(signer.publicKey))
  })

  it('refuses every one-character change and every truncation of a key', () => {
    for (let i = 0; i < PETER_VKEY.length; i++) {
      const code = PETER_VKEY.charCodeAt(i)
      const changed =
        PETER_VKEY.slice(0, i) + String.fromCharCode(code + 1) + PETER_VKEY.slice(i + 1)
      expect(parseVerifierKey(changed).success, changed).toBe(false)
      expect(parseVerifierKey(PETER_VKEY.slice(0, i)).success).toBe(false)
      expect(parseVerifierKey(PETER_VKEY.slice(i + 1)).success).toBe(false)
    }
  })

  it('says what is wrong with a key in an invalid_key issue', () => {
    const parsed = parseVerifierKey(
      'PeterNeumann+00000000+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
    )
    expect(parsed.success).toBe(false)
    expect(!parsed.success && parsed.issues[0]).toMatchObject({
      code: 'invalid_key',
      path: ['keyId'],
    })
  })
})
