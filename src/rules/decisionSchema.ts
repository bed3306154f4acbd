import * as z from 'zod'
import type { Decision } from './decision'

// The shape of a decision as `evaluate` makes it, for the functions that take decisions back
// from a caller (render, the selectors, `ledger.apply`): a value that lost or changed a field
// on its way through a host's code is refused naming the field, instead of failing inside.

const localText = z.object({ zh: z.string(), en: z.string() })
const day = z.string()

const base = {
  rule: z.string(),
  title: localText,
  source: z.object({
    instrument: z.string(),
    article: z.string().optional(),
    confidence: z.string(),
    cite: localText.optional(),
  }),
  policy: z.string(),
  org: z.string(),
  at: day,
  since: day.nullable(),
  inputs: z.array(z.number().int().nonnegative()),
  because: z.object({ node: z.string(), value: z.boolean(), text: localText }),
}

/** A decision's shape, checked where decisions come back from a caller. */
export const decisionSchema: z.ZodType<Decision> = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('proposal'),
    mode: z.enum(['automatic', 'needs_decision']),
    entry: z.object({
      type: z.string(),
      org: z.string(),
      effectiveAt: day,
      data: z.record(z.string(), z.unknown()),
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
    who: z.enum(['organization', 'registrar', 'supervising_unit']),
    due: day.nullable(),
    opensOn: day.nullable(),
    state: z.enum(['due', 'overdue', 'done']),
    issues: z
      .array(
        z.object({
          code: z.literal('outside_calendar'),
          path: z.array(z.union([z.string(), z.number()])),
          message: z.string(),
          year: z.number().int(),
        }),
      )
      .optional(),
    instance: z
      .object({
        key: z.string(),
        year: z.number().int().nullable(),
        basedOn: z.array(z.number().int().nonnegative()),
        doneOn: day.nullable(),
        doneBy: z.number().int().nonnegative().nullable(),
      })
      .optional(),
  }),
]) as unknown as z.ZodType<Decision>

/** A list of decisions' shape. */
export const decisionsSchema: z.ZodType<readonly Decision[]> = z.array(decisionSchema)
