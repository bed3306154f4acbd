import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ed25519Signer,
  emptyRoot,
  generateSigningKey,
  leafHash,
  rootHash,
  signCheckpoint,
  signNote,
  toHex,
  verifierKey,
  verifyCheckpoint,
} from '../../../src/proof'

const ORIGIN = 'ledger.example/cn'
const signer = ed25519Signer(ORIGIN, generateSigningKey())
const root = rootHash([1, 2, 3].map((n) => leafHash(new Uint8Array([n]))))
const note = signCheckpoint({ origin: ORIGIN, size: 3, root }, signer)
const codeOf = (result: ReturnType<typeof verifyCheckpoint>): string | undefined =>
  result.success ? undefined : result.issues[0]?.code

describe('verifyCheckpoint', () => {
  it('accepts a note signed by the key, given as raw bytes or as verifier key text', () => {
    for (const key of [signer.publicKey, verifierKey(signer)]) {
      const checked = verifyCheckpoint(note, key)
      expect(checked.success).toBe(true)
      if (!checked.success) return
      expect(checked.data).toEqual({ origin: ORIGIN, size: 3, root })
      expect(toHex(checked.data.root)).toBe(toHex(root))
    }
  })

  it('accepts the empty tree of size 0', () => {
    const empty = signCheckpoint({ origin: ORIGIN, size: 0, root: emptyRoot() }, signer)
    const checked = verifyCheckpoint(empty, verifierKey(signer))
    expect(checked.success && checked.data.size).toBe(0)
  })

  it('rejects the note with any byte changed', () => {
    const bytes = new TextEncoder().encode(note)
    const decoder = new TextDecoder()
    for (const mask of [0x01, 0x80]) {
      for (let i = 0; i < bytes.length; i++) {
        const changed = bytes.slice()
        changed[i] = (changed[i] ?? 0) ^ mask
        const text = decoder.decode(changed)
        expect(verifyCheckpoint(text, verifierKey(signer)).success, `byte ${i} ^ ${mask}`).toBe(
          false,
        )
      }
    }
  })

  it('rejects the note with a random byte changed in a random way, whatever key form', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), fc.boolean(), (at, mask, raw) => {
        const bytes = new TextEncoder().encode(note)
        bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ mask
        const key = raw ? signer.publicKey : verifierKey(signer)
        expect(verifyCheckpoint(new TextDecoder().decode(bytes), key).success).toBe(false)
      }),
    )
  })

  it('finds no signature for another key, even under the same name', () => {
    const other = ed25519Signer(ORIGIN, generateSigningKey())
    expect(codeOf(verifyCheckpoint(note, other.publicKey))).toBe('no_signature_for_key')
    expect(codeOf(verifyCheckpoint(note, verifierKey(other)))).toBe('no_signature_for_key')
  })

  it('names the key by its origin unless told otherwise', () => {
    const witness = ed25519Signer('witness.example', generateSigningKey())
    const cosigned = signCheckpoint({ origin: ORIGIN, size: 3, root }, witness)
    expect(codeOf(verifyCheckpoint(cosigned, witness.publicKey))).toBe('no_signature_for_key')
    const options = { keyName: 'witness.example' }
    expect(verifyCheckpoint(cosigned, witness.publicKey, options).success).toBe(true)
  })

  it('accepts a checkpoint also signed by keys it does not know', () => {
    const witness = ed25519Signer('witness.example', generateSigningKey())
    const text = note.slice(0, note.indexOf('\n\n') + 1)
    expect(verifyCheckpoint(signNote(text, [witness, signer]), signer.publicKey).success).toBe(true)
  })

  it('rejects a checkpoint from another origin when one is expected', () => {
    const result = verifyCheckpoint(note, signer.publicKey, { origin: 'other.example' })
    expect(codeOf(result)).toBe('unexpected_origin')
    expect(verifyCheckpoint(note, signer.publicKey, { origin: ORIGIN }).success).toBe(true)
  })

  it('reports what is malformed before looking at signatures', () => {
    const badText = signNote(`${ORIGIN}\n03\n${'A'.repeat(43)}=\n`, [signer])
    expect(codeOf(verifyCheckpoint(badText, signer.publicKey))).toBe('malformed_checkpoint')
    expect(codeOf(verifyCheckpoint('not a note', signer.publicKey))).toBe('malformed_note')
  })

  it('reports a key that is not 32 bytes or not verifier key text as invalid_key', () => {
    expect(codeOf(verifyCheckpoint(note, new Uint8Array(31)))).toBe('invalid_key')
    expect(codeOf(verifyCheckpoint(note, 'ledger.example/cn+00+AA=='))).toBe('invalid_key')
  })

  it('returns the extension lines of a checkpoint that has them', () => {
    const head = { origin: ORIGIN, size: 3, root, extensions: ['note: test'] }
    const checked = verifyCheckpoint(signCheckpoint(head, signer), signer.publicKey)
    expect(checked.success && checked.data.extensions).toEqual(['note: test'])
  })
})
