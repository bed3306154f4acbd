import { argumentIssue, expectString } from '../_internal/arguments'
import { type Issue, LedgerError, type Result } from '../errors'
import { type AdministrativeRegion, readAdministrativeRegion } from './administrativeRegion'

/** A local filing number (备案) of a community group that has no USCC, decoded. */
export interface FilingId {
  /** The id as given, e.g. `F-310116-2021-0042`. */
  readonly code: string
  /** The filing authority's GB/T 2260 region, from positions 3-8. */
  readonly region: AdministrativeRegion
  /** The number the filing authority gave, after the second hyphen; compared case-sensitively. */
  readonly localNumber: string
}

const LOCAL_NUMBER_START = 9
const LOCAL_NUMBER_MAX = 32
const LOCAL_CHARACTERS = /^[0-9A-Za-z-]$/
const FORM = "F-<six-digit region code>-<local number of 1-32 characters, 0-9, A-Z, a-z or '->"

/**
 * Checks a filing id of the form `F-<region>-<local number>` and decodes it. It can never be
 * mistaken for a USCC: no USCC starts with F, and none contains a hyphen.
 *
 * @example validateFilingId('F-310116-2021-0042') // { success: true, data: { region: { code: '310116', … }, localNumber: '2021-0042', … } }
 */
export function validateFilingId(id: string): Result<FilingId> {
  if (typeof id !== 'string') {
    return { success: false, issues: [argumentIssue('the id', 'a string', id, [])] }
  }
  if (!id.startsWith('F-')) {
    const message = /^f-/.test(id)
      ? `starts with 'f-'; a filing id starts with a capital 'F-'`
      : `does not start with 'F-'; a filing id has the form ${FORM}`
    return { success: false, issues: [{ code: 'invalid_prefix', path: [0], message }] }
  }
  const regionText = /^[^-]*/.exec(id.slice(2))?.[0] ?? ''
  if (regionText.length !== 6) {
    const message = `positions 3-8 should hold a six-digit GB/T 2260 region code, but '${regionText}' is ${regionText.length} characters; the form is ${FORM}`
    return { success: false, issues: [{ code: 'invalid_region', path: [2], message }] }
  }
  const issues: Issue[] = []
  const region = readAdministrativeRegion(id, 2)
  if (!region.success) issues.push(...region.issues)

  const localNumber = id.slice(LOCAL_NUMBER_START)
  if (localNumber.length === 0) {
    issues.push({
      code: 'invalid_local_number',
      path: [LOCAL_NUMBER_START - 1],
      message: `the local number after 'F-${regionText}-' is missing; it has 1-${LOCAL_NUMBER_MAX} characters of 0-9, A-Z, a-z or '-'`,
    })
  }
  if (localNumber.length > LOCAL_NUMBER_MAX) {
    issues.push({
      code: 'invalid_local_number',
      path: [LOCAL_NUMBER_START + LOCAL_NUMBER_MAX],
      message: `the local number has ${localNumber.length} characters; at most ${LOCAL_NUMBER_MAX} are allowed`,
    })
  }
  for (let i = 0; i < localNumber.length; i++) {
    const char = localNumber.charAt(i)
    if (!LOCAL_CHARACTERS.test(char)) {
      issues.push({
        code: 'invalid_local_number',
        path: [LOCAL_NUMBER_START + i],
        message: `position ${LOCAL_NUMBER_START + i + 1} is '${char}', which a local number may not contain; allowed are 0-9, A-Z, a-z and '-'`,
      })
    }
  }
  if (!region.success || issues.length > 0) return { success: false, issues }
  return { success: true, data: { code: id, region: region.data, localNumber } }
}

/**
 * Builds the filing id for a region code and a local number. Throws a `LedgerError`
 * (`INVALID_ORGANIZATION_ID`, with the issues) when the result would not validate.
 *
 * @example filingId('310116', '2021-0042') // 'F-310116-2021-0042'
 */
export function filingId(region: string, localNumber: string): string {
  expectString(region, 'region')
  expectString(localNumber, 'localNumber')
  const id = `F-${region}-${localNumber}`
  const result = validateFilingId(id)
  if (!result.success) {
    const reasons = result.issues.map((issue) => issue.message).join('; ')
    throw new LedgerError(
      'INVALID_ORGANIZATION_ID',
      `filingId: '${id}' is not a valid filing id: ${reasons}`,
      result.issues,
    )
  }
  return id
}
