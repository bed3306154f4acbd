import { argumentIssue } from '../_internal/arguments'
import type { Issue, Result } from '../errors'
import { type AdministrativeRegion, readAdministrativeRegion } from './administrativeRegion'
import { organizationCodeCheckCharacter } from './organizationCodeCheckCharacter'
import type { RegisteredKind } from './organizationKind'
import { decodeUsccCategory, type UsccCategory } from './usccCategory'
import { characterIssue } from './usccCharacterIssue'
import { USCC_CHARSET, usccCheckCharacter } from './usccCheckCharacter'
import { decodeUsccDepartment, USCC_DEPARTMENT_CODES, type UsccDepartment } from './usccDepartment'

/** The kinds of social organization (社会组织) a civil-affairs USCC can name: a registered form, or `other` (59). */
export type SocialOrganizationKind = RegisteredKind | 'other'

/** A Unified Social Credit Code that passed both checks, with its positions decoded. */
export type Uscc = {
  /** The 18 characters, as given. */
  readonly code: string
  /** Position 1. */
  readonly department: UsccDepartment
  /** Position 2, read under the department. */
  readonly category: UsccCategory
  /** Positions 3-8. */
  readonly region: AdministrativeRegion
  /** Positions 9-17: the GB 11714 organization code, its own check character last. */
  readonly organizationCode: string
} & (
  | { readonly isSocialOrganization: true; readonly organizationKind: SocialOrganizationKind }
  | { readonly isSocialOrganization: false; readonly organizationKind: null }
)

const SOCIAL_ORGANIZATION_KINDS: Readonly<Record<string, SocialOrganizationKind>> = {
  '51': 'social_group',
  '52': 'social_service_organization',
  '53': 'foundation',
  '59': 'other',
}

/**
 * Checks a Unified Social Credit Code (GB 32100-2015) and decodes it. Reports every problem
 * it can: bad length or characters, an unknown department or region, and a wrong GB 11714
 * check (position 17) or GB 32100 check (position 18), each naming the position and what was
 * expected. Lowercase is rejected; pass input through `normalizeUscc` first.
 *
 * @example
 * const result = validateUscc('53100000500021676K')
 * if (result.success) result.data.organizationKind // 'foundation'
 */
export function validateUscc(code: string): Result<Uscc> {
  if (typeof code !== 'string') {
    return { success: false, issues: [argumentIssue('the code', 'a string', code, [])] }
  }
  const issues: Issue[] = []
  if (code.length !== 18) {
    issues.push({
      code: 'invalid_length',
      path: [],
      message:
        code.length === 0
          ? 'is empty; a USCC has exactly 18 characters'
          : `has ${code.length} characters; a USCC has exactly 18`,
    })
  }
  for (let i = 0; i < code.length; i++) {
    if (!USCC_CHARSET.includes(code.charAt(i))) issues.push(characterIssue(code.charAt(i), i))
  }
  // A wrong length or character shifts or breaks every position below, so stop here.
  if (issues.length > 0) return { success: false, issues }

  const department = decodeUsccDepartment(code.charAt(0))
  if (department === undefined) {
    issues.push({
      code: 'unknown_department',
      path: [0],
      message: `position 1 is '${code.charAt(0)}', which is not a registration-management department code; expected one of ${USCC_DEPARTMENT_CODES}`,
    })
  }
  const region = readAdministrativeRegion(code, 2)
  if (!region.success) issues.push(...region.issues)

  const organizationCheck = organizationCodeCheckCharacter(code.slice(8, 16))
  if (code.charAt(16) !== organizationCheck) {
    issues.push({
      code: 'invalid_organization_code_check',
      path: [16],
      message: `position 17 is '${code.charAt(16)}' but the GB 11714 organization-code check character computed from positions 9-16 is '${organizationCheck}'`,
    })
  }
  const check = usccCheckCharacter(code.slice(0, 17))
  if (code.charAt(17) !== check) {
    issues.push({
      code: 'invalid_check_character',
      path: [17],
      message: `position 18 is '${code.charAt(17)}' but the check character computed from positions 1-17 is '${check}'`,
    })
  }
  if (department === undefined || !region.success || issues.length > 0) {
    return { success: false, issues }
  }

  const base = {
    code,
    department,
    category: decodeUsccCategory(department, code.charAt(1)),
    region: region.data,
    organizationCode: code.slice(8, 17),
  }
  const kind = SOCIAL_ORGANIZATION_KINDS[code.slice(0, 2)]
  const data: Uscc =
    kind === undefined
      ? { ...base, isSocialOrganization: false, organizationKind: null }
      : { ...base, isSocialOrganization: true, organizationKind: kind }
  return { success: true, data }
}
