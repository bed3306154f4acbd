import { Hono } from 'hono'
import { checkArgument } from '../_internal/arguments'
import { isLedgerError, LedgerError } from '../errors'
import { dayOf, isIsoDate } from '../time'
import { VERIFIER_PATH } from './pages/organizationPage'
import { type Problem, problemResponse } from './problemResponse'
import { type QueryHandlerOptions, queryHandlerOptionsSchema } from './queryHandlerOptions'
import { verificationRoute, verifierScriptRoute } from './routes/assetRoutes'
import { listApiRoute, listPageRoute } from './routes/listRoutes'
import { checkpointRoute, consistencyRoute, publicKeyRoute } from './routes/logRoutes'
import { reportApiRoute, reportPageRoute } from './routes/reportRoutes'
import { searchApiRoute, searchPageRoute } from './routes/searchRoutes'
import type { Service } from './service'

/** The public query service: web-standard `Request` in, `Response` out. */
export interface QueryHandler {
  /** Answers one request; never rejects. */
  fetch(request: Request): Promise<Response>
  /** The same routes as a Hono app, to mount under a path with `app.route`. */
  readonly app: Hono
}

/**
 * The status inquiry (诚信状况查询) open to everyone, as one request handler: a search page,
 * each organization's public report on any day, the abnormal and serious lists, a page on
 * verification, and the same as JSON under `/api/`, with the checkpoint, consistency proofs
 * and the public key. Only `publicReport` and the register's public fields ever reach a
 * response. It uses web standards only, so it mounts in node:http, Deno, Bun or a worker.
 * Throws `INVALID_INPUT` for options that are not what they must be.
 *
 * @example
 * const handler = createQueryHandler({ ledger, register, publicKey: verifierKey(signer) })
 * const response = await handler.fetch(new Request('http://localhost/lists/abnormal'))
 */
export function createQueryHandler(options: QueryHandlerOptions): QueryHandler {
  checkArgument(queryHandlerOptionsSchema, options, 'options')
  const today = options.today ?? (() => dayOf(new Date().toISOString()))
  const service: Service = {
    ledger: options.ledger,
    register: options.register,
    publicKey: options.publicKey,
    verifierScript: options.verifierScript,
    today: () => {
      const day = today()
      if (typeof day !== 'string' || !isIsoDate(day)) {
        throw new LedgerError('INVALID_INPUT', 'options.today must return a day as YYYY-MM-DD')
      }
      return day
    },
    pageSize: options.pageSize ?? 20,
  }
  const app = new Hono()
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    return problemResponse(new URL(c.req.url), { kind: 'method_not_allowed' })
  })
  app.get('/', (c) => searchPageRoute(c.req.raw, service))
  app.get('/organizations/:id', (c) => reportPageRoute(c.req.raw, service, c.req.param('id')))
  app.get('/lists/:list', (c) => listPageRoute(c.req.raw, service, c.req.param('list')))
  app.get('/verification', (c) => verificationRoute(c.req.raw, service))
  const script = verifierScriptRoute(service)
  app.get(VERIFIER_PATH, (c) => script(c.req.raw))
  app.get('/api/organizations/:id/report', (c) =>
    reportApiRoute(c.req.raw, service, c.req.param('id')),
  )
  app.get('/api/search', (c) => searchApiRoute(c.req.raw, service))
  app.get('/api/lists/:list', (c) => listApiRoute(c.req.raw, service, c.req.param('list')))
  app.get('/api/checkpoint', (c) => checkpointRoute(c.req.raw, service))
  app.get('/api/consistency', (c) => consistencyRoute(c.req.raw, service))
  app.get('/api/public-key', (c) => publicKeyRoute(c.req.raw, service))
  app.notFound((c) => problemResponse(new URL(c.req.url), { kind: 'not_found' }))
  const failed = (error: unknown, request: Request): Response => {
    const problem = problemOf(error)
    if (problem.kind === 'internal') tell(options.onError, error, request)
    return problemResponse(new URL(request.url), problem)
  }
  app.onError((error, c) => failed(error, c.req.raw))
  return {
    app,
    fetch: async (request) => {
      try {
        return await app.fetch(request)
      } catch (error) {
        return failed(error, request)
      }
    },
  }
}

// What the library says of a request that got past the checks here; anything else is the
// service's fault, and its message is not repeated to the public.
function problemOf(error: unknown): Problem {
  if (
    isLedgerError(error) &&
    (error.code === 'UNKNOWN_ORGANIZATION' || error.code === 'NOT_FOUND')
  ) {
    return { kind: 'not_found' }
  }
  return { kind: 'internal' }
}

function tell(onError: QueryHandlerOptions['onError'], error: unknown, request: Request): void {
  try {
    onError?.(error, request)
  } catch {
    // A logger that fails must not turn the answer into another failure.
  }
}
