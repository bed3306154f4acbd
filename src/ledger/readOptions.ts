import * as z from 'zod'
import { fromZodIssues } from '../_internal/issues'
import { LedgerError } from '../errors'
import { isoDateOrInstantSchema } from '../time'

const readOptionsSchema = z
  .strictObject({
    asOf: z.optional(isoDateOrInstantSchema),
    knownAt: z.optional(isoDateOrInstantSchema),
  })
  .optional()

/** How to read a credit file: as of an effective date, as known at a recording date. */
export interface ReadOptions {
  /** Fold only entries effective on or before this date or instant. */
  readonly asOf?: string
  /** Hide entries the ledger learned of after this date (end of day, China time) or instant. */
  readonly knownAt?: string
}

/** The read options, checked; throws `INVALID_INPUT` naming the bad field. */
export function parseReadOptions(raw: unknown): ReadOptions {
  const parsed = readOptionsSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['options'])
    throw new LedgerError(
      'INVALID_INPUT',
      `read options: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      issues,
    )
  }
  const options = parsed.data ?? {}
  return {
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.knownAt !== undefined ? { knownAt: options.knownAt } : {}),
  }
}
