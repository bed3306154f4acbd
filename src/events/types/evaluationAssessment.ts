import * as z from 'zod'
import { sameScore } from '../../evaluation'
import { validateUscc } from '../../identity'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, type Strict, textSchema } from './fields'

/** Why an organization is not eligible: EV-01, EV-02 (2011 and 2026), EV-18, EV-26. */
export const ineligibilityGrounds = [
  'registered_under_two_years',
  'grade_still_valid',
  'not_inspected',
  'inspection_unqualified',
  'consecutive_basically_qualified',
  'penalised',
  'under_investigation',
  'cool_off',
  'listed',
  'other',
] as const

/** A ground for finding an organization not eligible for evaluation. */
export type IneligibilityGround = (typeof ineligibilityGrounds)[number]

const evaluationEligibilityDecidedData: Strict<{
  eligible: z.ZodBoolean
  reasons: Opt<z.ZodArray<Enum<IneligibilityGround>>>
  description: Opt<z.ZodString>
  department: z.ZodString
}> = z
  .strictObject({
    eligible: z.boolean(),
    /** Required when not eligible, and only then. */
    reasons: z.array(z.enum(ineligibilityGrounds)).min(1).max(10).optional(),
    description: textSchema.optional(),
    department: lineSchema,
  })
  .refine((decided) => decided.eligible === (decided.reasons === undefined), {
    message: 'give the reasons when, and only when, the organization is not eligible',
    path: ['reasons'],
  })

/**
 * The registrar checked the application (资格审查, Order 39 Arts. 6-7 and 16; EV-01, EV-02).
 * Not eligible ends the evaluation.
 */
export const evaluationEligibilityDecided: EntryTypeDefinition<
  'EvaluationEligibilityDecided',
  typeof evaluationEligibilityDecidedData
> = builtInEntryType({
  type: 'EvaluationEligibilityDecided',
  data: evaluationEligibilityDecidedData,
  category: 'other',
  title: { en: 'Eligibility for evaluation decided', zh: '评估资格审查' },
})

/** Whether the organization may be evaluated, and if not, why. */
export type EvaluationEligibilityDecidedData = z.infer<typeof evaluationEligibilityDecidedData>

/** The seats of an evaluation panel (EV-04): the registrar, the guidance department, experts. */
export const panelRoles = ['registrar', 'business_guidance', 'expert'] as const

/** Whom a panel member sits for; the member's name is personal data beside the entry. */
export type PanelRole = (typeof panelRoles)[number]

const usccSchema: z.ZodString = z.string().superRefine((code, context) => {
  const checked = validateUscc(code)
  if (!checked.success) {
    context.addIssue({ code: 'custom', message: checked.issues[0]?.message ?? 'not a USCC' })
  }
})

const panelSchema: Strict<{
  type: z.ZodLiteral<'panel'>
  committee: z.ZodString
  members: z.ZodArray<Strict<{ role: Enum<PanelRole> }>>
}> = z.strictObject({
  type: z.literal('panel'),
  /** The evaluation committee the panel works for, e.g. 上海市社会组织评估委员会. */
  committee: lineSchema,
  /** One seat per member, by role only: each is named in the entry's personal data. */
  members: z
    .array(z.strictObject({ role: z.enum(panelRoles) }))
    .min(1)
    .max(25),
})

const thirdPartySchema: Strict<{
  type: z.ZodLiteral<'third_party'>
  name: z.ZodString
  uscc: z.ZodString
}> = z.strictObject({
  type: z.literal('third_party'),
  name: lineSchema,
  /** The body's Unified Social Credit Code (统一社会信用代码). */
  uscc: usccSchema,
})

const evaluatorAssignedData: Strict<{
  evaluator: z.ZodDiscriminatedUnion<[typeof panelSchema, typeof thirdPartySchema]>
}> = z.strictObject({ evaluator: z.discriminatedUnion('type', [panelSchema, thirdPartySchema]) })

/**
 * Who evaluates (EV-04): a panel of the evaluation committee, whose members are named in the
 * entry's personal data with the role of their seat, or a third-party body (第三方评估机构).
 */
export const evaluatorAssigned: EntryTypeDefinition<
  'EvaluatorAssigned',
  typeof evaluatorAssignedData
> = builtInEntryType({
  type: 'EvaluatorAssigned',
  data: evaluatorAssignedData,
  category: 'other',
  title: { en: 'Evaluator assigned', zh: '确定评估机构' },
})

/** The panel or third party that evaluates. */
export type EvaluatorAssignedData = z.infer<typeof evaluatorAssignedData>

const pointsSchema: z.ZodRecord<z.ZodString, z.ZodNumber> = z
  .record(z.string().min(1).max(64), z.number().finite().nonnegative().max(1000))
  .refine((points) => {
    const count = Object.keys(points).length
    return count >= 1 && count <= 500
  }, 'score 1 to 500 indicators')

const evaluationScoredData: Strict<{
  indicatorSet: z.ZodString
  points: typeof pointsSchema
  total: z.ZodNumber
}> = z
  .strictObject({
    /** The id of the indicator set (评估指标) the evaluation scored against. */
    indicatorSet: z.string().min(1).max(64),
    /** Points per indicator, by the indicator's id in the set. */
    points: pointsSchema,
    /** Out of 1,000; the sum of `points`. */
    total: z.number().finite().nonnegative().max(1000),
  })
  .refine((scored) => sameTotal(scored.points, scored.total), {
    message: 'the total must equal the sum of the points',
    path: ['total'],
  })

// Points may have decimals (915.5), whose sum in binary floating point is not exact.
function sameTotal(points: Readonly<Record<string, number>>, total: number): boolean {
  let sum = 0
  for (const value of Object.values(points)) sum += value
  return sameScore(sum, total)
}

/** The evaluator's score sheet (评分): Order 39 Art. 16's site evaluation, scored by indicator. */
export const evaluationScored: EntryTypeDefinition<
  'EvaluationScored',
  typeof evaluationScoredData
> = builtInEntryType({
  type: 'EvaluationScored',
  recordsPastFact: true,
  data: evaluationScoredData,
  category: 'other',
  title: { en: 'Evaluation scored', zh: '评估打分' },
})

/** The indicator set, the points per indicator and their total. */
export type EvaluationScoredData = z.infer<typeof evaluationScoredData>
