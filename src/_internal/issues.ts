import type * as z from 'zod'
import type { Issue, PlainIssueCode } from '../errors'

interface ZodLikeIssue {
  readonly code: z.core.$ZodIssue['code']
  readonly path: readonly PropertyKey[]
  readonly message: string
  readonly params?: { readonly code?: unknown } | undefined
}

/**
 * The stable code of a zod issue: zod's own, or for a `custom` issue the one in `params.code`.
 */
// The library's refinements put only IssueCode values in `params.code` (their helpers take an
// IssueCode) and none of a shaped issue's; a host's own schema may carry another string there,
// which is passed on unchanged rather than hidden behind `custom`.
export function codeOfZodIssue(issue: ZodLikeIssue): PlainIssueCode {
  return issue.code === 'custom' && typeof issue.params?.code === 'string'
    ? (issue.params.code as PlainIssueCode)
    : issue.code
}

/**
 * zod's issues in the library's Issue shape, with their paths under `prefix`. A `custom` issue
 * that carries a stable code in `params.code` is reported under that code.
 */
export function fromZodIssues(
  issues: readonly ZodLikeIssue[],
  prefix: readonly (string | number)[] = [],
): Issue[] {
  return issues.map((issue) => ({
    code: codeOfZodIssue(issue),
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
    message: issue.message,
  }))
}

/** The same issues with `prefix` put before each path. */
export function underPath(issues: readonly Issue[], prefix: readonly (string | number)[]): Issue[] {
  if (prefix.length === 0) return [...issues]
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }))
}
