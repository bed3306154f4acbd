import { describe, expect, it } from 'vitest'
import {
  ed25519Signer,
  generateSigningKey,
  type Signer,
  signNote,
  verifierKey,
  verifyNote,
} from '../../../src/proof'
import { PETER_NOTE, PETER_TEXT, peterSecretKey } from './goVectors'

const invalidInput = expect.objectContaining({ code: 'INVALID_INPUT' })

describe('signNote', () => {
  it('writes the published example note byte for byte', () => {
    expect(signNote(PETER_TEXT, [ed25519Signer('PeterNeumann', peterSecretKey())])).toBe(PETER_NOTE)
  })

  it('adds one signature line a signer, each verifiable on its own', () => {
    const log = ed25519Signer('log.example', generateSigningKey())
    const witness = ed25519Signer('witness.example', generateSigningKey())
    const note = signNote('hello\n', [log, witness])
    expect(note.startsWith('hello\n\n\u2014 log.example ')).toBe(true)
    expect(note.split('\n\u2014 ')).toHaveLength(3)
    for (const signer of [log, witness]) {
      expect(verifyNote(note, verifierKey(signer)).success).toBe(true)
    }
  })

  it('refuses text a note cannot carry', () => {
    const signer = ed25519Signer('a', generateSigningKey())
    for (const text of ['', '\n', 'no newline', 'tab\there\n', 'cr\r\n', 'lone \ud800\n']) {
      expect(() => signNote(text, [signer])).toThrow(invalidInput)
    }
  })

  it('refuses no signers, a bad signer name and a signature that is not 64 bytes', () => {
    const good = ed25519Signer('a', generateSigningKey())
    const badName: Signer = { name: 'a b', publicKey: good.publicKey, sign: good.sign }
    const shortSignature: Signer = { ...badName, name: 'a', sign: () => new Uint8Array(10) }
    expect(() => signNote('x\n', [])).toThrow(invalidInput)
    expect(() => signNote('x\n', [badName])).toThrow(invalidInput)
    expect(() => signNote('x\n', [shortSignature])).toThrow(invalidInput)
  })
})
