import * as z from 'zod'
import { type Grade, grades } from '../../evaluation'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, type Opt, periodSchema, type Strict, textSchema } from './fields'

const evaluationResultNoticedData: Strict<{
  proposedGrade: Opt<Enum<Grade>>
  score: Opt<z.ZodNumber>
  period: typeof periodSchema
}> = z.strictObject({
  /** The grade the evaluation committee proposes; left out when it proposes none. */
  proposedGrade: z.enum(grades).optional(),
  /** Points out of 1,000; the score sheet's total when one is on record. */
  score: z.number().finite().nonnegative().max(1000).optional(),
  /** The public-notice period (公示期), both days included: review requests are filed in it. */
  period: periodSchema,
})

/**
 * The preliminary result was publicly noticed (初评结果公示) and the organization told in
 * writing: Order 39 Art. 16. Review requests may be filed during `period` (EV-09).
 */
export const evaluationResultNoticed: EntryTypeDefinition<
  'EvaluationResultNoticed',
  typeof evaluationResultNoticedData
> = builtInEntryType({
  type: 'EvaluationResultNoticed',
  recordsPastFact: true,
  data: evaluationResultNoticedData,
  category: 'other',
  title: { en: 'Preliminary evaluation result noticed', zh: '评估结果公示' },
})

/** The proposed grade, the score and the notice period. */
export type EvaluationResultNoticedData = z.infer<typeof evaluationResultNoticedData>

const evaluationReviewRequestedData: Strict<{ reason: z.ZodString }> = z.strictObject({
  /** Why the organization disputes the preliminary result. */
  reason: textSchema,
})

/**
 * The organization asked in writing for the result to be reviewed (申请复核), on a day inside
 * the notice period: Order 39 Art. 20 (EV-09).
 */
export const evaluationReviewRequested: EntryTypeDefinition<
  'EvaluationReviewRequested',
  typeof evaluationReviewRequestedData
> = builtInEntryType({
  type: 'EvaluationReviewRequested',
  recordsPastFact: true,
  data: evaluationReviewRequestedData,
  category: 'other',
  title: { en: 'Review of the evaluation requested', zh: '申请复核' },
})

/** Why the organization asks for a review. */
export type EvaluationReviewRequestedData = z.infer<typeof evaluationReviewRequestedData>

/** How a review ends: the preliminary result stands, or the grade changes. */
export const reviewOutcomes = ['maintained', 'changed'] as const

/** How a review ended. */
export type ReviewOutcome = (typeof reviewOutcomes)[number]

/**
 * Who answers a review: the review committee (复核委员会) of Order 39 Arts. 10 and 22, or, from
 * 2026-03-01 when the review committee is abolished, the evaluation committee (EV-23).
 */
export const reviewBodies = ['review_committee', 'evaluation_committee'] as const

/** The committee that answered a review. */
export type ReviewBody = (typeof reviewBodies)[number]

const evaluationReviewAnsweredData: Strict<{
  outcome: Enum<ReviewOutcome>
  grade: Opt<Enum<Grade>>
  answeredBy: Enum<ReviewBody>
  reason: Opt<z.ZodString>
}> = z
  .strictObject({
    outcome: z.enum(reviewOutcomes),
    /** The grade after the review, when it changed; required then, and only then. */
    grade: z.enum(grades).optional(),
    answeredBy: z.enum(reviewBodies),
    reason: textSchema.optional(),
  })
  .refine((answer) => (answer.outcome === 'changed') === (answer.grade !== undefined), {
    message: 'name the new grade when, and only when, the review changed it',
    path: ['grade'],
  })

/**
 * The oldest unanswered review request was answered in writing (复核结果): Order 39 Arts.
 * 22-23 (EV-10). The review committee answers only before 2026-03-01 (EV-23).
 */
export const evaluationReviewAnswered: EntryTypeDefinition<
  'EvaluationReviewAnswered',
  typeof evaluationReviewAnsweredData
> = builtInEntryType({
  type: 'EvaluationReviewAnswered',
  recordsPastFact: true,
  data: evaluationReviewAnsweredData,
  category: 'other',
  title: { en: 'Review of the evaluation answered', zh: '复核结果' },
})

/** The review's outcome, the grade it gave and who decided. */
export type EvaluationReviewAnsweredData = z.infer<typeof evaluationReviewAnsweredData>
