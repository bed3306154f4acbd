import { sha256, toHex } from '../../proof'
import { CACHE, etagMatches } from '../caching'
import { verificationPage } from '../pages/verificationPage'
import { problemResponse } from '../problemResponse'
import { readQuery } from '../queryParameters'
import { notModified, respond } from '../responses'
import type { Service } from '../service'

/** `GET /verification?lang=`: how verification works, and the public key. */
export function verificationRoute(request: Request, service: Service): Response {
  const url = new URL(request.url)
  const query = readQuery(url, ['lang'], { emptyIsAbsent: true })
  if (!query.success) return problemResponse(url, { kind: 'invalid', issues: query.issues })
  const page = verificationPage(query.data.lang ?? 'zh-CN', {
    publicKey: service.publicKey,
    script: service.verifierScript !== undefined,
  })
  return respond(200, { html: page }, { cache: CACHE.hour })
}

/**
 * `GET /assets/verify-report-page.js`: the browser verifier, tagged by its hash, so a cache
 * keeps it for a day and then revalidates it for nothing. 404 when none was given.
 */
export function verifierScriptRoute(service: Service): (request: Request) => Response {
  const script = service.verifierScript
  const etag =
    script === undefined
      ? undefined
      : `"${toHex(sha256(new TextEncoder().encode(script))).slice(0, 32)}"`
  return (request) => {
    const url = new URL(request.url)
    if (script === undefined || etag === undefined) {
      return problemResponse(url, { kind: 'not_found' })
    }
    const query = readQuery(url, [], { emptyIsAbsent: false })
    if (!query.success) return problemResponse(url, { kind: 'invalid', issues: query.issues })
    const delivery = { cache: CACHE.script, etag }
    if (etagMatches(request, etag)) return notModified(delivery)
    return respond(200, { javascript: script }, delivery)
  }
}
