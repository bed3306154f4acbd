import { checkArgument } from '../_internal/arguments'
import { isLedgerError, LedgerError } from '../errors'
import { dayOf, isIsoDate } from '../time'
import { linkedUnderBase, withinBase } from './basePath'
import { type Problem, problemResponse } from './problemResponse'
import { type QueryHandlerOptions, queryHandlerOptionsSchema } from './queryHandlerOptions'
import { queryRoutes } from './queryRoutes'
import type { Service } from './service'

/** The public query service: web-standard `Request` in, `Response` out. */
export interface QueryHandler {
  /** Answers one request; never rejects. */
  fetch(request: Request): Promise<Response>
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
  const failed = (error: unknown, request: Request): Response => {
    const problem = problemOf(error)
    if (problem.kind === 'internal') tell(options.onError, error, request)
    return problemResponse(new URL(request.url), problem)
  }
  const app = queryRoutes(service, failed)
  const base = options.basePath ?? ''
  return {
    fetch: async (request) => {
      try {
        const inside = withinBase(request, base)
        const response =
          inside === undefined
            ? problemResponse(new URL(request.url), { kind: 'not_found' })
            : await app.fetch(inside)
        return await linkedUnderBase(response, base)
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
