import { describe, expect, it } from 'vitest'
import type { Issue } from '../../src/errors'
import { usccCheckCharacter } from '../../src/identity/usccCheckCharacter'
import { validateUscc } from '../../src/identity/validateUscc'
import { completeUscc } from './arbitraries'

function issuesOf(code: string): readonly Issue[] {
  const result = validateUscc(code)
  if (result.success) throw new Error(`expected ${code} to be rejected`)
  return result.issues
}

describe('validateUscc', () => {
  it('rejects a code whose check character is wrong and names position 18', () => {
    expect(issuesOf('53100000500020462H')).toEqual([
      {
        code: 'invalid_check_character',
        path: [17],
        message: "position 18 is 'H' but the check character computed from positions 1-17 is 'K'",
      },
    ])
  })

  it('rejects a code whose inner organization-code check is wrong and names position 17', () => {
    // Position 17 changed from 6 to 5, and position 18 recomputed so only GB 11714 fails.
    const first17 = '53100000500021675'
    expect(issuesOf(first17 + usccCheckCharacter(first17))).toEqual([
      {
        code: 'invalid_organization_code_check',
        path: [16],
        message:
          "position 17 is '5' but the GB 11714 organization-code check character computed from positions 9-16 is '6'",
      },
    ])
  })

  it('rejects a wrong length and says how many characters there are', () => {
    expect(issuesOf('53100000500021676')).toEqual([
      {
        code: 'invalid_length',
        path: [],
        message: 'has 17 characters; a USCC has exactly 18',
      },
    ])
    expect(issuesOf('')[0]?.message).toBe('is empty; a USCC has exactly 18 characters')
  })

  it('rejects each letter GB 32100 leaves out, naming the position and the allowed set', () => {
    for (const letter of 'IOSVZ') {
      const [issue, ...rest] = issuesOf(`5310000050002167${letter}K`)
      expect(rest).toEqual([])
      expect(issue?.code).toBe('invalid_character')
      expect(issue?.path).toEqual([16])
      expect(issue?.message).toContain(`position 17 is '${letter}'`)
      expect(issue?.message).toContain('0123456789ABCDEFGHJKLMNPQRTUWXY')
    }
    expect(issuesOf('5310000050002167OK')[0]?.message).toContain("did you mean '0'?")
  })

  it('rejects lowercase with its own code and points to normalizeUscc', () => {
    expect(issuesOf('52440300mjl186084f')).toEqual(
      [8, 9, 10, 17].map((index) =>
        expect.objectContaining({ code: 'lowercase_character', path: [index] }),
      ),
    )
    expect(issuesOf('52440300mJL186084F')[0]?.message).toBe(
      "position 9 is 'm', a lowercase letter; USCC letters are capitals ('M'), and normalizeUscc uppercases",
    )
  })

  it('reports full-width digits and says normalizeUscc would fix them', () => {
    const [issue] = issuesOf('５3100000500021676K')
    expect(issue?.code).toBe('invalid_character')
    expect(issue?.message).toContain("normalizeUscc turns it into '5'")
  })

  it('reports every bad character together with a wrong length', () => {
    expect(issuesOf('5310000O50002I676').map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_length', []],
      ['invalid_character', [7]],
      ['invalid_character', [13]],
    ])
  })

  it('rejects an unknown department and still checks the check characters', () => {
    const first17 = 'B3100000500021676'
    expect(issuesOf(first17 + usccCheckCharacter(first17))).toEqual([
      {
        code: 'unknown_department',
        path: [0],
        message:
          "position 1 is 'B', which is not a registration-management department code; expected one of 1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y",
      },
    ])
    expect(issuesOf('B3100000500021676K').map((issue) => issue.code)).toEqual([
      'unknown_department',
      'invalid_check_character',
    ])
  })

  it('rejects letters in the region and a region outside every province', () => {
    expect(issuesOf(completeUscc('5144A300MJL18608')).map((i) => [i.code, i.path])).toEqual([
      ['invalid_region', [4]],
    ])
    const [unknown] = issuesOf(completeUscc('51990000MJL18608'))
    expect(unknown?.code).toBe('unknown_region')
    expect(unknown?.path).toEqual([2])
    expect(unknown?.message).toContain("'99' is not a GB/T 2260 province code")
  })
})
