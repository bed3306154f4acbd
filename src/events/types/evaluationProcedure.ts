import * as z from 'zod'
import { type EvaluationKind, evaluationKinds } from '../../evaluation'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, type Strict, textSchema } from './fields'

/** Why an organization applies: a first grade, a renewal (EV-16) or a re-evaluation (EV-22). */
export const applicationOccasions = ['initial', 'renewal', 're_evaluation'] as const

/** Why an organization applies for evaluation. */
export type ApplicationOccasion = (typeof applicationOccasions)[number]

/** The evaluations a registrar starts itself from 2026-03-01 (EV-24). */
export const initiatedOccasions = ['tracking', 'verification'] as const

/** A tracking evaluation of a 4A+ organization, or a verification evaluation after an event. */
export type InitiatedOccasion = (typeof initiatedOccasions)[number]

const evaluationAppliedData: Strict<{
  evaluationKind: Enum<EvaluationKind>
  occasion: Enum<ApplicationOccasion>
}> = z.strictObject({
  /** EV-03: the ledger refuses the kind that does not suit the organization's form. */
  evaluationKind: z.enum(evaluationKinds),
  occasion: z.enum(applicationOccasions),
})

/**
 * The organization applied to be evaluated (申报), opening an evaluation: Order 39 Arts. 8 and
 * 16, and the 2026 revision (voluntary, on application, EV-20). One evaluation is open at a time.
 */
export const evaluationApplied: EntryTypeDefinition<
  'EvaluationApplied',
  typeof evaluationAppliedData
> = builtInEntryType({
  type: 'EvaluationApplied',
  recordsPastFact: true,
  data: evaluationAppliedData,
  category: 'other',
  title: { en: 'Applied for evaluation', zh: '申报参加评估' },
})

/** What the organization applied for. */
export type EvaluationAppliedData = z.infer<typeof evaluationAppliedData>

const evaluationInitiatedData: Strict<{
  evaluationKind: Enum<EvaluationKind>
  occasion: Enum<InitiatedOccasion>
  department: z.ZodString
  reason: Opt<z.ZodString>
}> = z.strictObject({
  evaluationKind: z.enum(evaluationKinds),
  /** `tracking`: the sample of 4A+ organizations; `verification`: an event that may affect the grade. */
  occasion: z.enum(initiatedOccasions),
  department: lineSchema,
  /** For a verification evaluation, the event that may affect the grade. */
  reason: textSchema.optional(),
})

/**
 * The registrar started a tracking or verification evaluation (跟踪评估, 核查评估) of the
 * organization: the 2026 revision (EV-24), so only from 2026-03-01; tracking only of 4A and 5A.
 */
export const evaluationInitiated: EntryTypeDefinition<
  'EvaluationInitiated',
  typeof evaluationInitiatedData
> = builtInEntryType({
  type: 'EvaluationInitiated',
  data: evaluationInitiatedData,
  category: 'other',
  title: { en: 'Evaluation initiated by the registrar', zh: '启动跟踪或核查评估' },
})

/** Which evaluation the registrar started, and why. */
export type EvaluationInitiatedData = z.infer<typeof evaluationInitiatedData>

/** How an evaluation ends without a grade. */
export const conclusionReasons = ['withdrawn', 'not_graded', 'terminated', 'other'] as const

/** Why an evaluation ended without a grade. */
export type ConclusionReason = (typeof conclusionReasons)[number]

const evaluationConcludedData: Strict<{
  reason: Enum<ConclusionReason>
  description: Opt<z.ZodString>
}> = z.strictObject({
  /** `withdrawn` by the organization; `not_graded` when it scored below every grade. */
  reason: z.enum(conclusionReasons),
  description: textSchema.optional(),
})

/**
 * The open evaluation ended without a grade: withdrawn, not graded, or stopped. An evaluation
 * that ends with a grade ends with `EvaluationGraded`; one found not eligible, with
 * `EvaluationEligibilityDecided`.
 */
export const evaluationConcluded: EntryTypeDefinition<
  'EvaluationConcluded',
  typeof evaluationConcludedData
> = builtInEntryType({
  type: 'EvaluationConcluded',
  recordsPastFact: true,
  data: evaluationConcludedData,
  category: 'other',
  title: { en: 'Evaluation ended without a grade', zh: '评估终止' },
})

/** Why the evaluation ended without a grade. */
export type EvaluationConcludedData = z.infer<typeof evaluationConcludedData>
