import * as z from 'zod'
import type { Enum, Frozen, Opt, Strict } from '../_internal/schemaTypes'
import { isoDateSchema } from '../time'
import {
  type EvaluatedKind,
  type EvaluationKind,
  evaluatedKinds,
  evaluationKinds,
} from './evaluationKinds'
import type { Grade } from './grades'
import { indicatorSetIssues } from './indicatorSetIssues'

const textSchema: Strict<{ zh: z.ZodString; en: z.ZodString }> = z.strictObject({
  zh: z.string().min(1).max(500),
  en: z.string().min(1).max(500),
})

/** A phrase in Chinese (zh-CN) and English. */
export type BilingualText = Frozen<z.output<typeof textSchema>>

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'expected an id of lower-case letters, digits, . _ -')

const indicatorSchema: Strict<{
  id: z.ZodString
  title: typeof textSchema
  maxPoints: z.ZodNumber
}> = z.strictObject({ id: idSchema, title: textSchema, maxPoints: z.number().int().positive() })

/** A second-level indicator (二级指标) and the most points it can earn on the 1000-point scale. */
export type Indicator = Frozen<z.output<typeof indicatorSchema>>

const categorySchema: Strict<{
  id: z.ZodString
  title: typeof textSchema
  indicators: z.ZodArray<typeof indicatorSchema>
}> = z.strictObject({
  id: idSchema,
  title: textSchema,
  indicators: z.array(indicatorSchema).min(1),
})

/** A first-level indicator (一级指标), such as 基础条件, and the indicators under it. */
export type IndicatorCategory = Frozen<z.output<typeof categorySchema>>

const bandSchema: Strict<{ min: z.ZodNumber; max: z.ZodNumber }> = z.strictObject({
  min: z.number().int(),
  max: z.number().int(),
})

/** The scores that earn a grade, both ends included. */
export type ScoreBand = Frozen<z.output<typeof bandSchema>>

/**
 * Checks an indicator set: its shape, then what the shape cannot say (`indicatorSetIssues`):
 * unique ids, indicators adding up to exactly 1000 points, bands inside 0..1000 that neither
 * overlap nor rank a higher grade below a lower one. Each such issue carries its stable code
 * in `params.code`.
 */
export const indicatorSetSchema: Strict<{
  id: z.ZodString
  title: typeof textSchema
  effective: Strict<{ from: typeof isoDateSchema; to: Opt<typeof isoDateSchema> }>
  evaluationKind: Enum<EvaluationKind>
  orgKinds: z.ZodArray<Enum<EvaluatedKind>>
  source: typeof textSchema
  local: z.ZodBoolean
  /** Choices the set makes where its source is silent or unclear, for people reviewing it. */
  notes: Opt<z.ZodString>
  categories: z.ZodArray<typeof categorySchema>
  bands: Strict<{ [G in Grade]: Opt<typeof bandSchema> }>
}> = z
  .strictObject({
    id: idSchema,
    title: textSchema,
    effective: z.strictObject({ from: isoDateSchema, to: z.optional(isoDateSchema) }),
    evaluationKind: z.enum(evaluationKinds),
    orgKinds: z.array(z.enum(evaluatedKinds)).min(1),
    source: textSchema,
    local: z.boolean(),
    notes: z.string().min(1).max(4000).optional(),
    categories: z.array(categorySchema).min(1),
    bands: z
      .strictObject({
        '1A': bandSchema.optional(),
        '2A': bandSchema.optional(),
        '3A': bandSchema.optional(),
        '4A': bandSchema.optional(),
        '5A': bandSchema.optional(),
      })
      .refine((bands) => Object.values(bands).some((band) => band !== undefined), {
        message: 'give the score band of at least one grade',
        params: { code: 'no_bands' },
      }),
  })
  .superRefine((set, context) => {
    for (const issue of indicatorSetIssues(set)) {
      const { code, path, message } = issue
      context.addIssue({ code: 'custom', params: { code }, path: [...path], message, input: set })
    }
  })

/**
 * An indicator set (评估指标): how one kind of evaluation scores organizations of some kinds
 * over a period, and which scores earn which grade. `effective.to` is the first day it is no
 * longer in force, as for rules. `local` says the set is one authority's practice, not
 * national law.
 */
export type IndicatorSet = Frozen<z.output<typeof indicatorSetSchema>>
