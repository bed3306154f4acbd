import type { Language } from '../language'
import { CACHE } from './caching'
import { errorPage } from './pages/errorPage'
import { hereOf } from './pages/pageLayout'
import { pageWords } from './pages/pageWords'
import { issuesIn, type QueryIssue } from './queryIssue'
import { pageLanguageOf } from './queryParameters'
import { respond } from './responses'

/** Why a request gets no answer: its parameters, nothing there, its method, or the service. */
export type Problem =
  | { readonly kind: 'invalid'; readonly issues: readonly QueryIssue[] }
  | { readonly kind: 'not_found'; readonly organization?: string }
  | { readonly kind: 'method_not_allowed' }
  | { readonly kind: 'internal' }

const STATUS = { invalid: 400, not_found: 404, method_not_allowed: 405, internal: 500 } as const

/** The methods every address here answers. */
export const ALLOWED_METHODS = 'GET, HEAD'

/**
 * The answer to a request that fails: under `/api/` JSON in the library's issue shape with a
 * stable `code`; elsewhere a page in the reader's language. Nothing of an internal error is
 * told, since its message may hold anything.
 */
export function problemResponse(url: URL, problem: Problem): Response {
  const api = url.pathname.startsWith('/api/')
  const lang: Language = api ? 'en' : pageLanguageOf(url)
  const said = sayProblem(problem, lang)
  const headers = problem.kind === 'method_not_allowed' ? { allow: ALLOWED_METHODS } : {}
  const delivery = { cache: CACHE.never, headers, cors: api }
  if (api) {
    const issues = problem.kind === 'invalid' ? issuesIn(problem.issues, 'en') : []
    const body = { success: false, code: said.code, message: said.messages.join(' '), issues }
    return respond(STATUS[problem.kind], { json: body }, delivery)
  }
  return respond(
    STATUS[problem.kind],
    { html: errorPage(lang, hereOf(url), said.heading, said.messages) },
    delivery,
  )
}

function sayProblem(
  problem: Problem,
  lang: Language,
): { code: string; heading: string; messages: string[] } {
  const words = pageWords[lang].errors
  switch (problem.kind) {
    case 'invalid':
      return {
        code: 'INVALID_QUERY',
        heading: words.invalid,
        messages: problem.issues.map((issue) => issue.message[lang]),
      }
    case 'not_found':
      return problem.organization === undefined
        ? { code: 'NOT_FOUND', heading: words.notFound, messages: [words.noSuchPage] }
        : {
            code: 'UNKNOWN_ORGANIZATION',
            heading: words.notFound,
            messages: [words.noSuchOrganization(problem.organization)],
          }
    case 'method_not_allowed':
      return {
        code: 'METHOD_NOT_ALLOWED',
        heading: words.methodNotAllowed,
        messages: [words.methodNotAllowed],
      }
    case 'internal':
      return { code: 'INTERNAL_ERROR', heading: words.internal, messages: [words.internal] }
  }
}
