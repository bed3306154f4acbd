import { expectString } from '../_internal/arguments'
import { type Issue, LedgerError } from '../errors'

/** The 31 characters a USCC may use, in value order: digits, then capitals without I, O, S, V, Z. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

// Weight of position i (1-based) is 3^(i-1) mod 31. Every weight is nonzero mod the prime 31,
// so changing any one character changes the sum mod 31 and is always caught.
const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let weight = 1
  for (let k = 0; k < i; k++) weight = (weight * 3) % 31
  return weight
})

/**
 * The GB 32100 check character (position 18) for the first 17 characters of a USCC.
 * Throws a `LedgerError` (`INVALID_INPUT`) unless given exactly 17 charset characters.
 *
 * @example usccCheckCharacter('53100000500021676') // 'K'
 */
export function usccCheckCharacter(first17: string): string {
  expectString(first17, 'first17')
  const issues: Issue[] = []
  if (first17.length !== 17) {
    issues.push({
      code: 'invalid_length',
      path: [],
      message: `has ${first17.length} characters; the USCC check needs exactly 17`,
    })
  }
  let sum = 0
  for (let i = 0; i < first17.length; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i))
    if (value < 0) {
      issues.push({
        code: 'invalid_character',
        path: [i],
        message: `position ${i + 1} is '${first17.charAt(i)}', not one of ${USCC_CHARSET}`,
      })
    } else {
      sum += value * (WEIGHTS[i] ?? 0)
    }
  }
  if (issues.length > 0) {
    throw new LedgerError(
      'INVALID_INPUT',
      `usccCheckCharacter: '${first17}' is not 17 USCC characters`,
      issues,
    )
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31)
}
