import type { RegisterList } from '../../register'
import { CACHE } from '../caching'
import { listPage } from '../pages/listPage'
import { readListName } from '../pathParameters'
import { problemResponse } from '../problemResponse'
import { type ListedSummary, listedSummary } from '../publicRows'
import { queryDay } from '../queryDay'
import { issuesOf } from '../queryIssue'
import { type Query, readQuery } from '../queryParameters'
import { respond } from '../responses'
import type { Service } from '../service'

/** The answer of `GET /api/lists/:list`: one page of a published list on a day. */
export interface ListAnswer {
  readonly list: RegisterList
  readonly on: string
  /** The registrar filtered by, or `null`. */
  readonly registrar: string | null
  /** The division code prefix filtered by, or `null`. */
  readonly division: string | null
  readonly offset: number
  readonly limit: number
  readonly total: number
  readonly items: readonly ListedSummary[]
}

/** `GET /lists/:list?on=&registrar=&division=&offset=&lang=`: a published list as a page. */
export async function listPageRoute(
  request: Request,
  service: Service,
  listText: string,
): Promise<Response> {
  const url = new URL(request.url)
  const list = readListName(listText)
  const query = readQuery(url, ['on', 'registrar', 'division', 'offset', 'lang'], {
    emptyIsAbsent: true,
  })
  if (!list.success || !query.success) {
    return problemResponse(url, { kind: 'invalid', issues: issuesOf(list, query) })
  }
  const answer = await listed(service, list.data, query.data, service.pageSize)
  if (!answer.success) return problemResponse(url, { kind: 'invalid', issues: answer.issues })
  const { data } = answer
  const page = listPage(query.data.lang ?? 'zh-CN', {
    list: data.list,
    on: data.on,
    today: service.today(),
    registrar: data.registrar ?? undefined,
    division: data.division ?? undefined,
    offset: data.offset,
    limit: data.limit,
    rows: data,
  })
  return respond(200, { html: page }, { cache: CACHE.current })
}

/** `GET /api/lists/:list?on=&registrar=&division=&offset=&limit=`: a published list as JSON. */
export async function listApiRoute(
  request: Request,
  service: Service,
  listText: string,
): Promise<Response> {
  const url = new URL(request.url)
  const list = readListName(listText)
  const query = readQuery(url, ['on', 'registrar', 'division', 'offset', 'limit'], {
    emptyIsAbsent: false,
  })
  if (!list.success || !query.success) {
    return problemResponse(url, { kind: 'invalid', issues: issuesOf(list, query) })
  }
  const answer = await listed(service, list.data, query.data, query.data.limit ?? service.pageSize)
  if (!answer.success) return problemResponse(url, { kind: 'invalid', issues: answer.issues })
  return respond(200, { json: answer.data }, { cache: CACHE.current, cors: true })
}

async function listed(service: Service, list: RegisterList, query: Query, limit: number) {
  const day = queryDay(query.on, service)
  if (!day.success) return day
  const offset = query.offset ?? 0
  const rows = await service.register.listed(list, {
    on: day.data,
    offset,
    limit,
    ...(query.registrar === undefined ? {} : { registrar: query.registrar }),
    ...(query.division === undefined ? {} : { division: query.division }),
  })
  const answer: ListAnswer = {
    list,
    on: day.data,
    registrar: query.registrar ?? null,
    division: query.division ?? null,
    offset,
    limit,
    total: rows.total,
    items: rows.items.map(listedSummary),
  }
  return { success: true as const, data: answer }
}
