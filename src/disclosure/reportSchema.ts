import * as z from 'zod'
import { migratedSchema } from '../events/migrated'
import type { PublicReport } from './publicReport'
import { reportSections } from './reportSections'

const seq = z.number().int().nonnegative()

const entrySchema = z.looseObject({
  amends: seq.optional(),
  effectiveAt: z.string(),
  migrated: z.optional(migratedSchema),
  org: z.string(),
  recordedAt: z.string(),
  schema: z.number().int().positive(),
  seq,
  type: z.string().min(1),
  version: z.number().int().positive(),
  data: z.record(z.string(), z.unknown()).optional(),
  commitments: z.record(z.string(), z.unknown()).optional(),
  salts: z.record(z.string(), z.unknown()).optional(),
})

const itemSchema = z.strictObject({
  entry: entrySchema,
  proof: z.strictObject({
    seq,
    size: z.number().int().positive(),
    leafHash: z.string(),
    path: z.array(z.string()),
  }),
  notes: z.array(z.strictObject({ seq, type: z.string(), on: z.string() })),
  // The tree and the fields are checked by `disclosedPeopleIssues`, whose messages name the item.
  people: z
    .strictObject({
      commitments: z.array(z.record(z.string(), z.unknown())),
      shown: z.array(
        z.strictObject({
          index: seq,
          field: z.string(),
          value: z.string(),
          salt: z.string(),
        }),
      ),
    })
    .optional(),
})

/**
 * The shape of a public report, checked before anything is hashed, so that a damaged or
 * hostile report gives issues rather than exceptions.
 */
export const publicReportSchema: z.ZodType<PublicReport> = z.strictObject({
  format: z.literal('integrity-ledger/public-report/v1'),
  org: z.string().min(1),
  asOf: z.string(),
  policy: z.strictObject({ id: z.string(), version: z.string(), hash: z.string() }),
  checkpoint: z.string(),
  sections: z.strictObject(
    Object.fromEntries(reportSections.map((name) => [name, z.array(itemSchema)])) as Record<
      (typeof reportSections)[number],
      z.ZodArray<typeof itemSchema>
    >,
  ),
  statement: z.string(),
}) as unknown as z.ZodType<PublicReport>
