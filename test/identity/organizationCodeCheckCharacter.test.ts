import { describe, expect, it } from 'vitest'
import { organizationCodeCheckCharacter } from '../../src/identity/organizationCodeCheckCharacter'

describe('organizationCodeCheckCharacter', () => {
  it('computes the 9th character of the organization codes inside the test vectors', () => {
    expect(organizationCodeCheckCharacter('50002167')).toBe('6')
    expect(organizationCodeCheckCharacter('MJL18608')).toBe('4')
    expect(organizationCodeCheckCharacter('66600721')).toBe('7')
  })

  it('values letters by the full alphabet, A = 10 to Z = 35', () => {
    // Z (35) × 3 = 105 ≡ 6 (mod 11), so the check is 11 − 6 = 5; I (18) × 3 = 54 ≡ 10, check 1.
    expect(organizationCodeCheckCharacter('Z0000000')).toBe('5')
    expect(organizationCodeCheckCharacter('I0000000')).toBe('1')
  })

  it('writes a check of 10 as X and a check of 11 as 0', () => {
    // 4 × 3 = 12 ≡ 1 (mod 11) gives 10; an all-zero body gives 11.
    expect(organizationCodeCheckCharacter('40000000')).toBe('X')
    expect(organizationCodeCheckCharacter('00000000')).toBe('0')
  })

  it('throws an INVALID_INPUT LedgerError for lowercase, symbols or a wrong length', () => {
    for (const bad of ['mjl18608', 'MJL1860-', 'MJL1860', 'MJL186084']) {
      expect(() => organizationCodeCheckCharacter(bad)).toThrow(
        expect.objectContaining({ name: 'LedgerError', code: 'INVALID_INPUT' }),
      )
    }
  })
})
