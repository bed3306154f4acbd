import { argumentIssue } from '../_internal/arguments'
import type { Result } from '../errors'
import { type FilingId, validateFilingId } from './filingId'
import { type Uscc, validateUscc } from './validateUscc'

/** An organization id, decoded and tagged by `scheme`: a USCC or a local filing id. */
export type OrganizationId =
  | ({ readonly scheme: 'uscc' } & Uscc)
  | ({ readonly scheme: 'filing' } & FilingId)

/**
 * Reads the `org` of an entry: an id starting with `F` or `f` is a filing id (no USCC department
 * code is F), anything else must be a USCC. Input is taken as is; see `normalizeUscc`.
 *
 * @example
 * const id = parseOrganizationId('F-310116-2021-0042')
 * if (id.success && id.data.scheme === 'filing') id.data.localNumber // '2021-0042'
 */
export function parseOrganizationId(id: string): Result<OrganizationId> {
  if (typeof id !== 'string') {
    return { success: false, issues: [argumentIssue('the id', 'a string', id, [])] }
  }
  if (id.startsWith('F') || id.startsWith('f')) {
    const filing = validateFilingId(id)
    return filing.success ? { success: true, data: { scheme: 'filing', ...filing.data } } : filing
  }
  const uscc = validateUscc(id)
  return uscc.success ? { success: true, data: { scheme: 'uscc', ...uscc.data } } : uscc
}
