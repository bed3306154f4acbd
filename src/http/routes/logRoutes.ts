import { parseCheckpoint, toHex } from '../../proof'
import { prefersJson } from '../accepts'
import { CACHE, etagMatches } from '../caching'
import { problemResponse } from '../problemResponse'
import { missingParameter, type QueryIssue } from '../queryIssue'
import { readQuery } from '../queryParameters'
import { notModified, respond } from '../responses'
import type { Service } from '../service'

/** The JSON of `GET /api/checkpoint` (with `Accept: application/json`): the signed tree head. */
export interface CheckpointAnswer {
  /** The log's name, the checkpoint's first line. */
  readonly origin: string
  /** How many entries the log held when it was signed. */
  readonly size: number
  /** The Merkle root at that size, lower-case hex. */
  readonly root: string
  /** The signed note itself, as `GET /api/checkpoint` serves it in plain text. */
  readonly note: string
}

/** `GET /api/checkpoint`: the latest signed checkpoint, as its note or, when asked, as JSON. */
export async function checkpointRoute(request: Request, service: Service): Promise<Response> {
  const url = new URL(request.url)
  const query = readQuery(url, [], { emptyIsAbsent: false })
  if (!query.success) return problemResponse(url, { kind: 'invalid', issues: query.issues })
  const note = await service.ledger.checkpoint()
  const parsed = parseCheckpoint(note)
  if (!parsed.success) throw new Error('the ledger signed a checkpoint that does not parse')
  const json = prefersJson(request)
  const { origin, size } = parsed.data
  const root = toHex(parsed.data.root)
  const delivery = {
    cache: CACHE.revalidate,
    etag: `"${size}-${root.slice(0, 32)}-${json ? 'json' : 'note'}"`,
    cors: true,
    headers: { vary: 'Accept' },
  }
  if (etagMatches(request, delivery.etag)) return notModified(delivery)
  const answer: CheckpointAnswer = { origin, size, root, note }
  return respond(200, json ? { json: answer } : { text: note }, delivery)
}

/**
 * `GET /api/consistency?from=&to=`: the proof that the log of size `to` extends the log of
 * size `from`, as `ledger.proveConsistency` gives it. It never changes, so it is cached for good.
 */
export async function consistencyRoute(request: Request, service: Service): Promise<Response> {
  const url = new URL(request.url)
  const query = readQuery(url, ['from', 'to'], { emptyIsAbsent: false })
  if (!query.success) return problemResponse(url, { kind: 'invalid', issues: query.issues })
  const { from, to } = query.data
  if (from === undefined || to === undefined) {
    const missing = [
      ...(from === undefined ? [missingParameter('from')] : []),
      ...(to === undefined ? [missingParameter('to')] : []),
    ]
    return problemResponse(url, { kind: 'invalid', issues: missing })
  }
  const { size } = await service.ledger.head()
  const issues: QueryIssue[] = []
  if (to > size) issues.push(outOfRange('to', `0 至 ${size}`, `0 to ${size}, the log's size now`))
  else if (from > to) issues.push(outOfRange('from', `0 至 to（${to}）`, `0 to to (${to})`))
  if (issues.length > 0) return problemResponse(url, { kind: 'invalid', issues })
  const proof = await service.ledger.proveConsistency(from, to)
  return respond(200, { json: proof }, { cache: CACHE.immutable, cors: true })
}

/** `GET /api/public-key`: the log's verifier key text, or `{ publicKey }` when JSON is asked for. */
export function publicKeyRoute(request: Request, service: Service): Response {
  const url = new URL(request.url)
  const query = readQuery(url, [], { emptyIsAbsent: false })
  if (!query.success) return problemResponse(url, { kind: 'invalid', issues: query.issues })
  const body = prefersJson(request)
    ? { json: { publicKey: service.publicKey } }
    : { text: `${service.publicKey}\n` }
  return respond(200, body, { cache: CACHE.hour, cors: true, headers: { vary: 'Accept' } })
}

function outOfRange(name: string, zh: string, en: string): QueryIssue {
  return {
    code: 'out_of_range',
    path: [name],
    message: {
      'zh-CN': `参数 ${name} 超出范围：应为 ${zh} 的整数。`,
      en: `${name}: expected a whole number from ${en}.`,
    },
  }
}
