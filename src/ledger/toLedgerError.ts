import { type Issue, LedgerError, type LedgerErrorCode } from '../errors'
import type { IssueCode } from '../issueCodes'

// The issues that give append's error a code of its own; the rest are INVALID_INPUT, or
// INVALID_ORGANIZATION_ID at the organization's id.
const CODES: { readonly [C in IssueCode]?: LedgerErrorCode } = {
  version_conflict: 'VERSION_CONFLICT',
  clock_behind: 'CLOCK_BEHIND',
  unknown_organization: 'UNKNOWN_ORGANIZATION',
  already_registered: 'ALREADY_REGISTERED',
  organization_closed: 'ORGANIZATION_CLOSED',
  amends_unknown_entry: 'AMENDS_UNKNOWN_ENTRY',
  amends_wrong_type: 'AMENDS_WRONG_TYPE',
  disputes_unknown_entry: 'DISPUTES_UNKNOWN_ENTRY',
  kind_mismatch: 'KIND_MISMATCH',
  idempotency_mismatch: 'IDEMPOTENCY_MISMATCH',
}

/** The error a failed call throws: its code comes from the first issue found. */
export function toLedgerError(issues: readonly Issue[], action: string): LedgerError {
  const first = issues[0]
  const code =
    first === undefined
      ? 'INVALID_INPUT'
      : (CODES[first.code] ??
        (first.path[0] === 'org' || first.path[1] === 'org'
          ? 'INVALID_ORGANIZATION_ID'
          : 'INVALID_INPUT'))
  const detail = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ')
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''
  return new LedgerError(code, `${action} failed: ${detail}${more}`, issues)
}
