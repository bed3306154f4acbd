import * as z from 'zod/mini'
import type { MiniOpt, MiniStrict } from '../../_internal/schemaTypes'
import { migratedSchema } from '../../events'
import { type ReportSection, reportSections } from './reportSections'

// zod's mini build, as every schema verifyReport reaches: a page that checks a report ships
// only the parts of zod it uses.
// The schema checks the shape the verifier reads before it hashes anything; `PublicReport` is
// written by hand from the proof's types (its commitment trees contain themselves), and
// test/disclosure/report/reportSchema.test-d.ts holds the two to the same fields.

type Count = z.ZodMiniNumber<number>
type Text = z.ZodMiniString<string>
type Fields = z.ZodMiniRecord<Text, z.ZodMiniUnknown>

const seq: Count = z.number().check(z.int(), z.nonnegative())
const positive: Count = z.number().check(z.int(), z.positive())
const record: Fields = z.record(z.string(), z.unknown())

/** An entry's position fields; its content fields are proved against its commitments. */
type EntrySchema = z.ZodMiniObject<
  {
    amends: MiniOpt<Count>
    effectiveAt: Text
    migrated: MiniOpt<typeof migratedSchema>
    org: Text
    recordedAt: Text
    schema: Count
    seq: Count
    type: Text
    version: Count
    data: MiniOpt<Fields>
    commitments: MiniOpt<Fields>
    salts: MiniOpt<Fields>
  },
  z.core.$loose
>

type ItemSchema = MiniStrict<{
  entry: EntrySchema
  proof: MiniStrict<{ seq: Count; size: Count; leafHash: Text; path: z.ZodMiniArray<Text> }>
  notes: z.ZodMiniArray<MiniStrict<{ seq: Count; type: Text; on: Text }>>
  people: MiniOpt<
    MiniStrict<{
      commitments: z.ZodMiniArray<Fields>
      shown: z.ZodMiniArray<MiniStrict<{ index: Count; field: Text; value: Text; salt: Text }>>
    }>
  >
}>

const entrySchema: EntrySchema = z.looseObject({
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

const itemSchema: ItemSchema = z.strictObject({
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
export const publicReportSchema: MiniStrict<{
  format: z.ZodMiniLiteral<'integrity-ledger/public-report/v1'>
  org: Text
  asOf: Text
  policy: MiniStrict<{ id: Text; version: Text; hash: Text }>
  checkpoint: Text
  sections: MiniStrict<Record<ReportSection, z.ZodMiniArray<ItemSchema>>>
  statement: Text
}> = z.strictObject({
  format: z.literal('integrity-ledger/public-report/v1'),
  org: z.string().check(z.minLength(1)),
  asOf: z.string(),
  policy: z.strictObject({ id: z.string(), version: z.string(), hash: z.string() }),
  checkpoint: z.string(),
  sections: z.strictObject(
    // Object.fromEntries cannot know its keys are exactly the sections; the list it maps is them.
    Object.fromEntries(reportSections.map((name) => [name, z.array(itemSchema)])) as Record<
      ReportSection,
      z.ZodMiniArray<ItemSchema>
    >,
  ),
  statement: z.string(),
})
