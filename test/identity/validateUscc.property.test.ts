import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateUscc } from '../../src/identity/validateUscc'
import { CHARSET, charsetString, completeUscc, validUscc } from './arbitraries'

const VALID_VECTORS = ['53100000500021676K', '52440300MJL186084F', '91310110666007217T']
const CHECK_CODES = ['invalid_check_character', 'invalid_organization_code_check']

function replaceAt(code: string, index: number, char: string): string {
  return code.slice(0, index) + char + code.slice(index + 1)
}

describe('validateUscc', () => {
  it('accepts any well-formed body once both computed check characters are appended', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        expect(validateUscc(code).success).toBe(true)
      }),
    )
  })

  it('never reports a check failure for a random charset body with computed checks', () => {
    // Departments and regions may be nonsense here; the checks themselves must still hold.
    fc.assert(
      fc.property(charsetString(16), (body) => {
        const result = validateUscc(completeUscc(body))
        const codes = result.success ? [] : result.issues.map((issue) => issue.code)
        expect(codes.filter((code) => CHECK_CODES.includes(code))).toEqual([])
      }),
    )
  })

  it('rejects every single-character substitution, by the mod-31 check wherever it happens', () => {
    fc.assert(
      fc.property(validUscc, fc.nat(17), fc.integer({ min: 1, max: 30 }), (code, index, shift) => {
        const old = CHARSET.indexOf(code.charAt(index))
        const changed = replaceAt(code, index, CHARSET.charAt((old + shift) % 31))
        const result = validateUscc(changed)
        expect(result.success).toBe(false)
        if (!result.success) {
          expect(result.issues).toContainEqual(
            expect.objectContaining({ code: 'invalid_check_character', path: [17] }),
          )
        }
      }),
    )
  })

  it('catches all 540 single substitutions of each published vector with the mod-31 check', () => {
    for (const code of VALID_VECTORS) {
      let caught = 0
      for (let index = 0; index < 18; index++) {
        for (const char of CHARSET) {
          if (char === code.charAt(index)) continue
          const result = validateUscc(replaceAt(code, index, char))
          const codes = result.success ? [] : result.issues.map((issue) => issue.code)
          if (codes.includes('invalid_check_character')) caught++
        }
      }
      expect(caught).toBe(18 * 30)
    }
  })
})
