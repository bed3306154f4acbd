import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Checkpoint,
  ed25519Signer,
  generateSigningKey,
  parseCheckpoint,
  signCheckpoint,
  toHex,
  verifyCheckpoint,
} from '../../../src/proof'

const signer = ed25519Signer('ledger.example/cn', generateSigningKey())

// Any single line of valid Unicode: spaces, plus signs, CJK, emoji, right-to-left text.
const origin = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((text) => [...text].every((char) => (char.codePointAt(0) ?? 0) >= 0x20))
const checkpoint: fc.Arbitrary<Checkpoint> = fc.record({
  origin,
  size: fc.oneof(fc.constant(0), fc.nat(), fc.maxSafeNat()),
  root: fc.uint8Array({ minLength: 32, maxLength: 32 }),
})

describe('signCheckpoint', () => {
  it('writes a note that parses back to the same checkpoint', () => {
    fc.assert(
      fc.property(checkpoint, (head) => {
        const parsed = parseCheckpoint(signCheckpoint(head, signer))
        expect(parsed.success).toBe(true)
        if (!parsed.success) return
        expect(parsed.data.origin).toBe(head.origin)
        expect(parsed.data.size).toBe(head.size)
        expect(toHex(parsed.data.root)).toBe(toHex(head.root))
        expect(parsed.data.signatures.map((s) => s.name)).toEqual([signer.name])
      }),
    )
  })

  it('writes a note verifyCheckpoint accepts, for origins with unusual text too', () => {
    fc.assert(
      fc.property(checkpoint, (head) => {
        const checked = verifyCheckpoint(signCheckpoint(head, signer), signer.publicKey, {
          keyName: signer.name,
        })
        expect(checked.success).toBe(true)
      }),
      { numRuns: 50 },
    )
  })

  it('signs the empty tree of size 0', () => {
    const note = signCheckpoint({ origin: 'o', size: 0, root: new Uint8Array(32) }, signer)
    expect(note.startsWith('o\n0\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u2014 ')).toBe(
      true,
    )
  })
})
