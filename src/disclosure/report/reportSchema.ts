import * as z from 'zod/mini'
import { migratedSchema } from '../../events'
import type { PublicReport } from './publicReport'
import { reportSections } from './reportSections'

// zod's mini build, as every schema verifyReport reaches: a page that checks a report ships
// only the parts of zod it uses.
const seq = z.number().check(z.int(), z.nonnegative())
const positive = z.number().check(z.int(), z.positive())
const record = z.record(z.string(), z.unknown())

const entrySchema = z.looseObject({
  amends: z.optional(seq),
  effectiveAt: z.string(),
  migrated: z.optional(migratedSchema),
  org: z.string(),
  recordedAt: z.string(),
  schema: positive,
  seq,
  type: z.string().check(z.minLength(1)),
  version: positive,
  data: z.optional(record),
  commitments: z.optional(record),
  salts: z.optional(record),
})

const itemSchema = z.strictObject({
  entry: entrySchema,
  proof: z.strictObject({
    seq,
    size: positive,
    leafHash: z.string(),
    path: z.array(z.string()),
  }),
  notes: z.array(z.strictObject({ seq, type: z.string(), on: z.string() })),
  // The tree and the fields are checked by `disclosedPeopleIssues`, whose messages name the item.
  people: z.optional(
    z.strictObject({
      commitments: z.array(record),
      shown: z.array(
        z.strictObject({
          index: seq,
          field: z.string(),
          value: z.string(),
          salt: z.string(),
        }),
      ),
    }),
  ),
})

/**
 * The shape of a public report, checked before anything is hashed, so that a damaged or
 * hostile report gives issues rather than exceptions.
 */
export const publicReportSchema: z.ZodMiniType<PublicReport> = z.strictObject({
  format: z.literal('integrity-ledger/public-report/v1'),
  org: z.string().check(z.minLength(1)),
  asOf: z.string(),
  policy: z.strictObject({ id: z.string(), version: z.string(), hash: z.string() }),
  checkpoint: z.string(),
  sections: z.strictObject(
    Object.fromEntries(reportSections.map((name) => [name, z.array(itemSchema)])) as Record<
      (typeof reportSections)[number],
      z.ZodMiniArray<typeof itemSchema>
    >,
  ),
  statement: z.string(),
}) as unknown as z.ZodMiniType<PublicReport>
