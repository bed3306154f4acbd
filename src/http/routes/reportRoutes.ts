import { etagMatches } from '../caching'
import { organizationReport } from '../organizationReport'
import { organizationPage } from '../pages/organizationPage'
import { readOrganizationId } from '../pathParameters'
import { problemResponse } from '../problemResponse'
import { queryDay } from '../queryDay'
import { issuesOf } from '../queryIssue'
import { readQuery } from '../queryParameters'
import { notModified, respond } from '../responses'
import type { Service } from '../service'

/** `GET /organizations/:id?on=&lang=`: the public report as a page. */
export async function reportPageRoute(
  request: Request,
  service: Service,
  idText: string,
): Promise<Response> {
  const url = new URL(request.url)
  const id = readOrganizationId(idText)
  const query = readQuery(url, ['on', 'lang'], { emptyIsAbsent: true })
  if (!id.success || !query.success) {
    return problemResponse(url, { kind: 'invalid', issues: issuesOf(id, query) })
  }
  const day = queryDay(query.data.on, service)
  if (!day.success) return problemResponse(url, { kind: 'invalid', issues: day.issues })
  const lang = query.data.lang ?? 'zh-CN'
  const lookup = await organizationReport(service, id.data, day.data, lang)
  const delivery = { cache: lookup.cache, etag: lookup.etag }
  if (etagMatches(request, lookup.etag)) return notModified(delivery)
  const report = await lookup.build()
  if (report === undefined) {
    return problemResponse(url, { kind: 'not_found', organization: id.data })
  }
  const script = service.verifierScript !== undefined
  const page = organizationPage(report, {
    lang,
    today: service.today(),
    publicKey: service.publicKey,
    script,
  })
  return respond(200, { html: page, script }, delivery)
}

/** `GET /api/organizations/:id/report?on=`: the public report with its proofs, as JSON. */
export async function reportApiRoute(
  request: Request,
  service: Service,
  idText: string,
): Promise<Response> {
  const url = new URL(request.url)
  const id = readOrganizationId(idText)
  const query = readQuery(url, ['on'], { emptyIsAbsent: false })
  if (!id.success || !query.success) {
    return problemResponse(url, { kind: 'invalid', issues: issuesOf(id, query) })
  }
  const day = queryDay(query.data.on, service)
  if (!day.success) return problemResponse(url, { kind: 'invalid', issues: day.issues })
  const lookup = await organizationReport(service, id.data, day.data, 'json')
  const delivery = { cache: lookup.cache, etag: lookup.etag, cors: true }
  if (etagMatches(request, lookup.etag)) return notModified(delivery)
  const report = await lookup.build()
  if (report === undefined) {
    return problemResponse(url, { kind: 'not_found', organization: id.data })
  }
  return respond(200, { json: report }, delivery)
}
