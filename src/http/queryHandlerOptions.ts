import * as z from 'zod'
import { hasMethods } from '../_internal/arguments'
import type { Ledger } from '../createLedger'
import { parseVerifierKey } from '../proof'
import type { Register } from '../register'

/** What the query service reads and serves. */
export interface QueryHandlerOptions {
  /** The ledger whose public reports are served; it needs a signer, since reports are signed. */
  readonly ledger: Ledger
  /** The register the search and the lists read; keep it current with `follow` or `catchUp`. */
  readonly register: Register
  /** The log's verifier key text (`<name>+<key ID>+<key>`), shown to the public and served. */
  readonly publicKey: string
  /**
   * The browser verifier's JavaScript, served at `/assets/verify-report-page.js` and loaded by
   * each report page; without it, report pages carry no script.
   */
  readonly verifierScript?: string
  /** Today's day in China (`YYYY-MM-DD`); by default from the system clock. */
  readonly today?: () => string
  /**
   * The path the service is served under, such as `/credit`: requests are routed with it taken
   * off and every link of the pages carries it. Default: the root.
   */
  readonly basePath?: string
  /** Rows per page of search results and lists, and the API's default `limit` (default 20). */
  readonly pageSize?: number
  /**
   * Told of every failure answered with 500, to log it: the response itself says nothing of
   * it. An error it throws is ignored.
   */
  readonly onError?: (error: unknown, request: Request) => void
}

/** The most rows a page or an API answer holds. */
export const MAX_LIMIT = 100

/** The checks `createQueryHandler` runs on its options before it serves anything. */
export const queryHandlerOptionsSchema: z.ZodType<{
  [K in keyof QueryHandlerOptions]?: QueryHandlerOptions[K] | undefined
}> = z.strictObject({
  ledger: z.custom<Ledger>(hasMethods('publicReport', 'checkpoint', 'proveConsistency', 'head'), {
    message: 'must be a ledger, from createLedger()',
  }),
  register: z.custom<Register>(hasMethods('organization', 'search', 'listed'), {
    message: 'must be a register, from createRegister()',
  }),
  publicKey: z
    .string()
    .refine(
      (text) => parseVerifierKey(text).success,
      'must be verifier key text, from verifierKey()',
    ),
  verifierScript: z.string().min(1).max(5_000_000).optional(),
  today: z
    .custom<() => string>((value) => typeof value === 'function', 'must be a function')
    .optional(),
  basePath: z
    .string()
    .regex(/^(\/[\w.~-]+)+$/, 'must be a path such as /credit, without a slash at the end')
    .optional(),
  pageSize: z.number().int().min(1).max(MAX_LIMIT).optional(),
  onError: z
    .custom<(error: unknown, request: Request) => void>(
      (value) => typeof value === 'function',
      'must be a function',
    )
    .optional(),
})
