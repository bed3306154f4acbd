import type { Issue } from '../errors'
import type { IssueCode } from '../issueCodes'
import type { Language } from '../language'

/**
 * The codes of the issues with a request's parameters: the part of `IssueCode` the query
 * service answers with, under `INVALID_QUERY` and status 400.
 */
export type QueryIssueCode = Extract<
  IssueCode,
  | 'invalid_text'
  | 'invalid_day'
  | 'after_today'
  | 'invalid_count'
  | 'invalid_division'
  | 'invalid_language'
  | 'invalid_organization_id'
  | 'invalid_list'
  | 'out_of_range'
  | 'missing_parameter'
  | 'repeated_parameter'
  | 'unknown_parameter'
>

/** A text in both page languages: Chinese first, English by `?lang=en`. */
export type Words = Readonly<Record<Language, string>>

/**
 * A problem with one parameter of a request, said in both languages so that a page answers in
 * its reader's and the API in English. `code` is stable; `path` names the parameter.
 */
export interface QueryIssue {
  readonly code: QueryIssueCode
  readonly path: readonly [string]
  readonly message: Words
}

/** A checked value, or the issues with the request that stopped it. */
export type QueryResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly QueryIssue[] }

/** The issue for a parameter whose value is not what it must be. */
export function invalidParameter(code: QueryIssueCode, name: string, expects: Words): QueryIssue {
  return {
    code,
    path: [name],
    message: {
      'zh-CN': `参数 ${name} 无效：应为${expects['zh-CN']}。`,
      en: `${name}: expected ${expects.en}.`,
    },
  }
}

/** The issues in the library's shape, their messages in one language. */
export function issuesIn(issues: readonly QueryIssue[], lang: Language): Issue[] {
  return issues.map((issue) => ({
    code: issue.code,
    path: [...issue.path],
    message: issue.message[lang],
  }))
}

/** The issue for a parameter a route needs and did not get. */
export function missingParameter(name: string): QueryIssue {
  return {
    code: 'missing_parameter',
    path: [name],
    message: { 'zh-CN': `缺少参数 ${name}。`, en: `${name}: required.` },
  }
}

/** Every issue of the results that failed, in order. */
export function issuesOf(...results: readonly QueryResult<unknown>[]): QueryIssue[] {
  return results.flatMap((result) => (result.success ? [] : result.issues))
}
