import { describe, expect, it } from 'vitest'
import {
  ed25519Signer,
  generateSigningKey,
  parseVerifierKey,
  signNote,
  verifierKey,
  verifyNote,
} from '../../../src/proof'
import { FOO_NOTE, FOO_VKEY, PETER_NOTE, PETER_TEXT, PETER_VKEY } from './goVectors'

const codeOf = (result: ReturnType<typeof verifyNote>): string | undefined =>
  result.success ? undefined : result.issues[0]?.code

describe('verifyNote', () => {
  it('opens the published example notes with their keys', () => {
    const peter = verifyNote(PETER_NOTE, PETER_VKEY)
    expect(peter.success && peter.data.text).toBe(PETER_TEXT)
    expect(verifyNote(FOO_NOTE, FOO_VKEY).success).toBe(true)
  })

  it('takes a parsed verifier key as well as its text', () => {
    const key = parseVerifierKey(PETER_VKEY)
    if (!key.success) throw new Error('the example key parses')
    expect(verifyNote(PETER_NOTE, key.data).success).toBe(true)
  })

  it('finds no signature for a key that did not sign', () => {
    expect(codeOf(verifyNote(PETER_NOTE, FOO_VKEY))).toBe('no_signature_for_key')
  })

  it('refuses a changed text as a bad signature', () => {
    const changed = PETER_NOTE.replace('cryptography', 'cryptographY')
    expect(codeOf(verifyNote(changed, PETER_VKEY))).toBe('bad_signature')
  })

  it('ignores signature lines by other keys, even ones that do not verify', () => {
    const stranger = `\u2014 stranger.example ${'A'.repeat(91)}=\n`
    expect(verifyNote(PETER_NOTE + stranger, PETER_VKEY).success).toBe(true)
  })

  it('refuses the note when any line by the trusted key fails, even if another passes', () => {
    const signer = ed25519Signer('log.example', generateSigningKey())
    const note = signNote('hello\n', [signer])
    const line = note.slice(note.indexOf('\u2014'))
    const other = signNote('bye\n', [signer])
    const forged = note + other.slice(other.indexOf('\u2014'))
    expect(verifyNote(note + line, verifierKey(signer)).success).toBe(true)
    expect(codeOf(verifyNote(forged, verifierKey(signer)))).toBe('bad_signature')
  })

  it('refuses a key of the same name and ID but another public key', () => {
    // A signer whose key ID is forced to collide is what a verifier must not trust.
    const key = parseVerifierKey(PETER_VKEY)
    if (!key.success) throw new Error('the example key parses')
    const impostor = { ...key.data, publicKey: ed25519Signer('x', generateSigningKey()).publicKey }
    expect(codeOf(verifyNote(PETER_NOTE, impostor))).toBe('bad_signature')
  })

  it('reports a malformed verifier key as invalid_key', () => {
    expect(codeOf(verifyNote(PETER_NOTE, 'PeterNeumann+c74f20a3'))).toBe('invalid_key')
  })
})
