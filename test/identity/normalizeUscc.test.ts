import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeUscc } from '../../src/identity/normalizeUscc'
import { validateUscc } from '../../src/identity/validateUscc'
import { validUscc } from './arbitraries'

describe('normalizeUscc', () => {
  it('trims and uppercases a pasted code so that it validates', () => {
    expect(normalizeUscc(' 52440300mjl186084f\n')).toBe('52440300MJL186084F')
    expect(validateUscc(normalizeUscc('\t53100000500021676k ')).success).toBe(true)
  })

  it('folds full-width digits, letters and spaces typed with a Chinese input method', () => {
    expect(normalizeUscc('\u3000５３１０００００５０００２１６７６ｋ')).toBe('53100000500021676K')
  })

  it('leaves look-alike letters alone, so the typo is still reported', () => {
    expect(normalizeUscc('5310000O500021676K')).toBe('5310000O500021676K')
    expect(validateUscc(normalizeUscc('5310000o500021676K')).success).toBe(false)
  })

  it('changes nothing in a valid code and is idempotent on typed input', () => {
    const typed = fc.string({ unit: fc.constantFrom(...'5aKkO0 -\t\u3000５ｋＯ') })
    fc.assert(
      fc.property(validUscc, typed, (code, noise) => {
        expect(normalizeUscc(code)).toBe(code)
        expect(normalizeUscc(normalizeUscc(noise))).toBe(normalizeUscc(noise))
      }),
    )
  })
})
