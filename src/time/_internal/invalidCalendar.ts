import type * as z from 'zod'
import { codeOfZodIssue } from '../../_internal/issues'
import { type Issue, LedgerError } from '../../errors'

interface ZodIssueLike {
  readonly code: z.core.$ZodIssue['code']
  readonly path: readonly PropertyKey[]
  readonly message: string
  readonly params?: { readonly code?: unknown } | undefined
}

/** zod's issues as the library's, the stable code of a custom issue taken from `params.code`. */
export function calendarIssues(
  issues: readonly ZodIssueLike[],
  prefix: readonly (string | number)[] = [],
): Issue[] {
  return issues.map((issue) => ({
    code: codeOfZodIssue(issue),
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
    message: issue.message,
  }))
}

/** `INVALID_INPUT` for calendar data, the first issue in the message and all of them attached. */
export function invalidCalendar(what: string, issues: readonly Issue[]): LedgerError {
  const first = issues[0]
  const where = first === undefined ? '' : `: ${first.path.join('.') || '(root)'}: ${first.message}`
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return new LedgerError('INVALID_INPUT', `invalid ${what}${where}${more}`, issues)
}
