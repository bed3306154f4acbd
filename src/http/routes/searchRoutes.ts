import { CACHE } from '../caching'
import { searchPage } from '../pages/searchPage'
import { problemResponse } from '../problemResponse'
import { type OrganizationSummary, organizationSummary } from '../publicRows'
import { missingParameter } from '../queryIssue'
import { readQuery } from '../queryParameters'
import { respond } from '../responses'
import type { Service } from '../service'

/** The answer of `GET /api/search`: one page of the organizations found. */
export interface SearchAnswer {
  /** The text searched for, trimmed. */
  readonly q: string
  readonly offset: number
  readonly limit: number
  /** How many organizations match in all. */
  readonly total: number
  readonly items: readonly OrganizationSummary[]
}

/** `GET /?q=&offset=&lang=`: the search form, and what it found. */
export async function searchPageRoute(request: Request, service: Service): Promise<Response> {
  const url = new URL(request.url)
  const query = readQuery(url, ['q', 'offset', 'lang'], { emptyIsAbsent: true })
  if (!query.success) return problemResponse(url, { kind: 'invalid', issues: query.issues })
  const { q, offset = 0, lang = 'zh-CN' } = query.data
  if (q === undefined)
    return respond(200, { html: searchPage(lang, undefined) }, { cache: CACHE.hour })
  const limit = service.pageSize
  const found = await search(service, q, offset, limit)
  const page = searchPage(lang, { text: q, offset, limit, found })
  return respond(200, { html: page }, { cache: CACHE.current })
}

/** `GET /api/search?q=&offset=&limit=`: organizations by id or part of a name, as JSON. */
export async function searchApiRoute(request: Request, service: Service): Promise<Response> {
  const url = new URL(request.url)
  const query = readQuery(url, ['q', 'offset', 'limit'], { emptyIsAbsent: false })
  if (!query.success) return problemResponse(url, { kind: 'invalid', issues: query.issues })
  const { q, offset = 0, limit = service.pageSize } = query.data
  if (q === undefined) {
    return problemResponse(url, { kind: 'invalid', issues: [missingParameter('q')] })
  }
  const found = await search(service, q, offset, limit)
  const answer: SearchAnswer = { q, offset, limit, ...found }
  return respond(200, { json: answer }, { cache: CACHE.current, cors: true })
}

async function search(service: Service, text: string, offset: number, limit: number) {
  const found = await service.register.search(text, { offset, limit })
  return { total: found.total, items: found.items.map(organizationSummary) }
}
