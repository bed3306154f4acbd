import type { IssueCode } from './issueCodes'
import type { OutsideCalendarIssue } from './time/outsideCalendar'

/** The fields every issue has; `C` narrows its code to one kind or a few. */
export interface BaseIssue<C extends IssueCode = IssueCode> {
  /** Stable machine-readable reason, e.g. `invalid_check_character` or `unknown_organization`. */
  readonly code: C
  /** Where the problem is, as in zod: keys and indexes from the input's root. */
  readonly path: readonly (string | number)[]
  /** A sentence for people. */
  readonly message: string
}

/** The codes whose issues carry nothing beyond code, path and message. */
export type PlainIssueCode = Exclude<IssueCode, OutsideCalendarIssue['code']>

/**
 * One problem with an input: where it is, what is wrong, and a stable code to branch on. Each
 * kind has its own shape, as zod's issues do: a `switch` on `code` narrows to it (an
 * `outside_calendar` issue carries the `year` to add). The codes are `IssueCode`.
 *
 * @example
 * switch (issue.code) {
 *   case 'outside_calendar': return `add the holidays of ${issue.year}`
 *   case 'version_conflict': return 'reload and try again'
 *   default: return issue.message
 * }
 */
export type Issue = BaseIssue<PlainIssueCode> | OutsideCalendarIssue

/** The zod convention for expected failures: the value, or the issues that stopped it. */
export type Result<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly Issue[] }

/** The stable codes a `LedgerError` can carry. */
export type LedgerErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_ORGANIZATION_ID'
  | 'UNKNOWN_ORGANIZATION'
  | 'ALREADY_REGISTERED'
  | 'ORGANIZATION_CLOSED'
  | 'AMENDS_UNKNOWN_ENTRY'
  | 'AMENDS_WRONG_TYPE'
  | 'DISPUTES_UNKNOWN_ENTRY'
  | 'KIND_MISMATCH'
  | 'VERSION_CONFLICT'
  | 'CLOCK_BEHIND'
  | 'IDEMPOTENCY_MISMATCH'
  | 'NOT_FOUND'
  | 'NO_SIGNER'
  | 'VERIFICATION_FAILED'
  | 'STORE_FAILURE'
  | 'OUTSIDE_CALENDAR'
  | 'ABORTED'

/** The one error class the library throws; `code` is stable, `issues` say what and where. */
export class LedgerError extends Error {
  /** Stable code to branch on. */
  readonly code: LedgerErrorCode
  /** The problems behind the error, with paths into the input. */
  readonly issues: readonly Issue[]

  constructor(
    code: LedgerErrorCode,
    message: string,
    issues: readonly Issue[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'LedgerError'
    this.code = code
    this.issues = issues
  }
}

/** True when `value` is a `LedgerError`, whichever copy of the library made it. */
export function isLedgerError(value: unknown): value is LedgerError {
  return (
    value instanceof LedgerError ||
    (value instanceof Error &&
      value.name === 'LedgerError' &&
      typeof (value as { code?: unknown }).code === 'string')
  )
}
