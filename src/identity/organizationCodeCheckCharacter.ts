import { expectString } from '../_internal/arguments'
import { type Issue, LedgerError } from '../errors'

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const

// GB 11714 values: digits are themselves, letters use the full alphabet, A = 10 … Z = 35.
function characterValue(char: string): number {
  if (char >= '0' && char <= '9') return char.charCodeAt(0) - 48
  if (char >= 'A' && char <= 'Z') return char.charCodeAt(0) - 55
  return -1
}

/**
 * The GB 11714 check character (the 9th) for the first 8 characters of an organization code,
 * which a USCC holds at positions 9-16. Throws a `LedgerError` (`INVALID_INPUT`) unless given
 * exactly 8 characters of 0-9 and A-Z.
 *
 * @example organizationCodeCheckCharacter('MJL18608') // '4'
 */
export function organizationCodeCheckCharacter(first8: string): string {
  expectString(first8, 'first8')
  const issues: Issue[] = []
  if (first8.length !== 8) {
    issues.push({
      code: 'invalid_length',
      path: [],
      message: `has ${first8.length} characters; the organization-code check needs exactly 8`,
    })
  }
  let sum = 0
  for (let i = 0; i < first8.length; i++) {
    const value = characterValue(first8.charAt(i))
    if (value < 0) {
      issues.push({
        code: 'invalid_character',
        path: [i],
        message: `position ${i + 1} is '${first8.charAt(i)}', not a digit or capital A-Z`,
      })
    } else {
      sum += value * (WEIGHTS[i] ?? 0)
    }
  }
  if (issues.length > 0) {
    throw new LedgerError(
      'INVALID_INPUT',
      `organizationCodeCheckCharacter: '${first8}' is not 8 organization-code characters`,
      issues,
    )
  }
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}
