import fc from 'fast-check'
import { organizationCodeCheckCharacter } from '../../src/identity/organizationCodeCheckCharacter'
import { usccCheckCharacter } from '../../src/identity/usccCheckCharacter'

// Written out here rather than imported, so the tests pin the standard, not the code.
export const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
export const DEPARTMENT_CODES = '123456789ANY'
export const PROVINCE_PREFIXES: readonly string[] =
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(
    ' ',
  )

export const charsetChar: fc.Arbitrary<string> = fc.constantFrom(...CHARSET)
export const charsetString = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: charsetChar, minLength: length, maxLength: length })
const digits = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length })

/** A GB/T 2260-shaped region: national, or a real province prefix and four digits. */
export const regionCode: fc.Arbitrary<string> = fc.oneof(
  fc.constant('100000'),
  fc.tuple(fc.constantFrom(...PROVINCE_PREFIXES), digits(4)).map(([p, rest]) => p + rest),
)

/** Appends the GB 11714 check to positions 9-16 and the GB 32100 check to the result. */
export function completeUscc(first16: string): string {
  const first17 = first16 + organizationCodeCheckCharacter(first16.slice(8, 16))
  return first17 + usccCheckCharacter(first17)
}

/** A valid USCC: known department, any category, valid region, random organization code. */
export const validUscc: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...DEPARTMENT_CODES), charsetChar, regionCode, charsetString(8))
  .map(([department, category, region, body]) =>
    completeUscc(department + category + region + body),
  )

/** A valid filing id with a local number of 1-32 characters of [0-9A-Za-z-]. */
export const validFilingId: fc.Arbitrary<string> = fc
  .tuple(
    regionCode,
    fc.string({
      unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-'),
      minLength: 1,
      maxLength: 32,
    }),
  )
  .map(([region, local]) => `F-${region}-${local}`)
