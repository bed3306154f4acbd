import * as z from 'zod'
import { fromZodIssues } from '../_internal/issues'
import { LedgerError } from '../errors'
import type { TailOptions } from '../store'

const position = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)
const pageSchema = z
  .object({
    from: position.optional(),
    pageSize: z.number().int().min(1).max(100_000).optional(),
    pollMs: z.number().int().min(1).max(60_000).optional(),
    signal: z.instanceof(AbortSignal).optional(),
  })
  .optional()

/** Paging options with their defaults filled in. */
export interface PageOptions {
  readonly from: number
  readonly pageSize: number
  readonly pollMs: number
  readonly signal: AbortSignal | undefined
}

/**
 * Checks the paging options of a read or a tail; the numbers are safe to put into SQL text,
 * which cursors need. Throws `INVALID_INPUT` naming the bad field.
 */
export function pageOptions(raw: (TailOptions & { from?: number }) | undefined): PageOptions {
  const parsed = pageSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['options'])
    const detail = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new LedgerError('INVALID_INPUT', `read options: ${detail}`, issues)
  }
  const options = parsed.data ?? {}
  return {
    from: options.from ?? 0,
    pageSize: options.pageSize ?? 1000,
    pollMs: options.pollMs ?? 50,
    signal: options.signal,
  }
}
