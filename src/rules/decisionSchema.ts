import * as z from 'zod'
import { causeSchema, type EntryType, isEntryType } from '../events'
import { ruleSourceSchema } from './citation'
import type { ConditionKind } from './condition'
import type { Decision } from './decision'
import type { Duty } from './effect'
import { modeSchema } from './effects/effectParts'
import type { Explanation } from './explanation'
import type { Frozen } from './schemaTypes'

// The shape of a decision as `evaluate` makes it, for the functions that take decisions back
// from a caller (render, the selectors, `ledger.apply`): a value that lost or changed a field
// on its way through a host's code is refused naming the field, instead of failing inside.
// Phrases and condition kinds are read as strings: render makes the phrases, and a kind is the
// condition catalogue's, which this check does not load.

const localText = z.object({ zh: z.string(), en: z.string() })
const day = z.string()
const seq = z.number().int().nonnegative()
const node = z.custom<ConditionKind>((value) => typeof value === 'string', 'expected a string')
const entryType = z.custom<EntryType>(
  (value) => typeof value === 'string' && isEntryType(value),
  'not a built-in entry type',
)
const duty = z.enum(['organization', 'registrar', 'supervising_unit'] satisfies Duty[])

// Explanation contains itself, so its schema is typed by the interface rather than inferred;
// the check at the end of this file holds the two together.
const explanationObject = z.object({
  node,
  value: z.boolean(),
  seqs: z.array(seq).readonly(),
  text: localText,
  get children(): z.ZodExactOptional<z.ZodReadonly<z.ZodArray<z.ZodType<Explanation>>>> {
    return z.array(explanationSchema).readonly().exactOptional()
  },
})
const explanationSchema: z.ZodType<Explanation> = explanationObject

const base = {
  rule: z.string(),
  title: localText,
  source: ruleSourceSchema,
  policy: z.string(),
  org: z.string(),
  at: day,
  since: day.nullable(),
  inputs: z.array(seq).readonly(),
  because: explanationSchema,
}

const union = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('proposal'),
    mode: modeSchema,
    entry: z.object({
      amends: seq.exactOptional(),
      by: z.string(),
      cause: causeSchema,
      data: z.record(z.string(), z.unknown()).readonly(),
      effectiveAt: day,
      org: z.string(),
      type: entryType,
    }),
  }),
  z.object({
    ...base,
    kind: z.literal('entitlement'),
    effect: z.enum(['grant', 'bar']),
    benefit: z.string(),
    label: localText,
    from: day,
    until: day.nullable(),
  }),
  z.object({
    ...base,
    kind: z.literal('obligation'),
    duty: z.string(),
    label: localText,
    who: duty,
    due: day.nullable(),
    opensOn: day.nullable(),
    state: z.enum(['due', 'overdue', 'done']),
    issues: z
      .array(
        z.object({
          code: z.literal('outside_calendar'),
          path: z.array(z.union([z.string(), z.number()])).readonly(),
          message: z.string(),
          year: z.number().int(),
        }),
      )
      .readonly()
      .exactOptional(),
    instance: z
      .object({
        key: z.string(),
        year: z.number().int().nullable(),
        basedOn: z.array(seq).readonly(),
        doneOn: day.nullable(),
        doneBy: seq.nullable(),
      })
      .exactOptional(),
  }),
])

/** A decision's shape, checked where decisions come back from a caller. */
export const decisionSchema: z.ZodType<Decision> = union

/** A list of decisions' shape. */
export const decisionsSchema: z.ZodType<readonly Decision[]> = z.array(decisionSchema)

// `Decision` and `Explanation` are written by hand, field by field with their docs, as
// `evaluate` makes them; these fail to compile when a field is added to, removed from or
// changed in one of them and not the schema, or the other way round.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
true satisfies Same<Frozen<z.output<typeof union>>, Frozen<Decision>>
true satisfies Same<Frozen<z.output<typeof explanationObject>>, Frozen<Explanation>>
