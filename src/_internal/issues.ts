import type { Issue } from '../errors'

interface ZodLikeIssue {
  readonly code: string
  readonly path: readonly PropertyKey[]
  readonly message: string
  readonly params?: { readonly code?: unknown } | undefined
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
    code:
      issue.code === 'custom' && typeof issue.params?.code === 'string'
        ? issue.params.code
        : issue.code,
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
    message: issue.message,
  }))
}

/** The same issues with `prefix` put before each path. */
export function underPath(issues: readonly Issue[], prefix: readonly (string | number)[]): Issue[] {
  if (prefix.length === 0) return [...issues]
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }))
}
