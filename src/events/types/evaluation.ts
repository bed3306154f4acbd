import * as z from 'zod'
import {
  type EvaluationKind,
  evaluationKinds,
  type Grade,
  grades,
  validityIssues,
} from '../../evaluation'
import { isIsoDate, isoDateSchema } from '../../time'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { evaluationGradedV1ToV2 } from './evaluationGradedV1'
import {
  type ApplicationOccasion,
  applicationOccasions,
  type InitiatedOccasion,
  initiatedOccasions,
} from './evaluationProcedure'
import { type Enum, lineSchema, type Opt, type Strict, textSchema } from './fields'

const gradeSchema: Enum<Grade> = z.enum(grades)

/** Who evaluated: the registrar, its evaluation committee (EV-04), or a third party. */
export const evaluatorTypes = ['registrar', 'panel', 'third_party'] as const

/** Who evaluated. */
export type EvaluatorType = (typeof evaluatorTypes)[number]

const evaluationGradedData: Strict<{
  grade: Enum<Grade>
  score: Opt<z.ZodNumber>
  evaluator: z.ZodString
  evaluatorType: Enum<EvaluatorType>
  evaluationKind: Enum<EvaluationKind>
  occasion: Opt<Enum<ApplicationOccasion | InitiatedOccasion>>
  announcedOn: typeof isoDateSchema
  validFrom: Opt<typeof isoDateSchema>
  validTo: Opt<typeof isoDateSchema>
}> = z
  .strictObject({
    grade: gradeSchema,
    /** Points out of 1,000, where the evaluation scored; fractions as the score sheet gives them. */
    score: z.number().finite().min(0).max(1000).optional(),
    evaluator: lineSchema,
    evaluatorType: z.enum(evaluatorTypes),
    /** EV-03: comprehensive for groups and foundations, standardisation for 民非. */
    evaluationKind: z.enum(evaluationKinds),
    /** EV-22 and EV-24 distinguish re-evaluation, tracking and verification evaluations. */
    occasion: z.enum([...applicationOccasions, ...initiatedOccasions]).optional(),
    announcedOn: isoDateSchema,
    /**
     * Validity as the decision states it. Under the measures in force on `announcedOn` it can
     * only repeat theirs (`gradeValidity`) and may be left out; before 2011-03-01 it is needed.
     */
    validFrom: z.optional(isoDateSchema),
    validTo: z.optional(isoDateSchema),
  })
  .superRefine((graded, context) => {
    // A day that is not a date has its own issue; the measures are compared with real days.
    const days = [graded.announcedOn, graded.validFrom, graded.validTo]
    if (days.some((day) => day !== undefined && !isIsoDate(day))) return
    for (const { code, path, message } of validityIssues(graded)) {
      context.addIssue({
        code: 'custom',
        params: { code },
        path: [...path],
        message,
        input: graded,
      })
    }
  })
  .refine(
    (graded) =>
      graded.validFrom === undefined ||
      graded.validTo === undefined ||
      graded.validFrom <= graded.validTo,
    { message: 'validity cannot end before it starts', path: ['validTo'] },
  )

/** The organization was graded (评估等级) by an evaluation; schema 2 (see the upcaster). */
export const evaluationGraded: EntryTypeDefinition<
  'EvaluationGraded',
  typeof evaluationGradedData
> = builtInEntryType({
  type: 'EvaluationGraded',
  recordsPastFact: true,
  schema: 2,
  data: evaluationGradedData,
  upcasters: { 1: evaluationGradedV1ToV2 },
  category: 'other',
  title: { en: 'Evaluation grade awarded', zh: '评估等级' },
})

/** The grade and its validity. */
export type EvaluationGradedData = z.infer<typeof evaluationGradedData>

/** The EV-17 grounds for downgrading or cancelling a grade, and EV-24 re-verification. */
export const gradeActionGrounds = [
  'false_information',
  'certificate_misuse',
  'consecutive_basically_qualified',
  'unqualified_or_not_inspected',
  'penalty',
  'serious_list',
  'verification_evaluation',
  'other',
] as const

/** A ground for downgrading or cancelling a grade. */
export type GradeActionGround = (typeof gradeActionGrounds)[number]

const gradeDowngradedData: Strict<{
  from: Enum<Grade>
  to: Enum<Grade>
  ground: Enum<GradeActionGround>
  facts: Opt<z.ZodString>
  department: z.ZodString
  coolOffUntil: Opt<typeof isoDateSchema>
}> = z
  .strictObject({
    from: gradeSchema,
    to: gradeSchema,
    ground: z.enum(gradeActionGrounds),
    facts: textSchema.optional(),
    department: lineSchema,
    /**
     * The last day on which no new application is accepted (EV-18). Under measures in force it
     * can only repeat `coolOffUntil` from the entry's effective day, which the ledger checks.
     */
    coolOffUntil: z.optional(isoDateSchema),
  })
  .refine((downgrade) => grades.indexOf(downgrade.to) < grades.indexOf(downgrade.from), {
    message: 'a downgrade ends lower than it starts',
    path: ['to'],
  })

/** The current grade was lowered (降低评估等级); validity stays as the grade stated it. */
export const gradeDowngraded: EntryTypeDefinition<'GradeDowngraded', typeof gradeDowngradedData> =
  builtInEntryType({
    type: 'GradeDowngraded',
    data: gradeDowngradedData,
    category: 'other',
    title: { en: 'Grade downgraded', zh: '降低评估等级' },
  })

/** The grade before and after, and why. */
export type GradeDowngradedData = z.infer<typeof gradeDowngradedData>

const gradeCancelledData: Strict<{
  ground: Enum<GradeActionGround>
  facts: Opt<z.ZodString>
  department: z.ZodString
  coolOffUntil: Opt<typeof isoDateSchema>
}> = z.strictObject({
  ground: z.enum(gradeActionGrounds),
  facts: textSchema.optional(),
  department: lineSchema,
  /** As for a downgrade: EV-18's 3 years, which the ledger checks against the effective day. */
  coolOffUntil: z.optional(isoDateSchema),
})

/** The current grade was cancelled (取消评估等级). */
export const gradeCancelled: EntryTypeDefinition<'GradeCancelled', typeof gradeCancelledData> =
  builtInEntryType({
    type: 'GradeCancelled',
    data: gradeCancelledData,
    category: 'other',
    title: { en: 'Grade cancelled', zh: '取消评估等级' },
  })

/** Why the grade was cancelled. */
export type GradeCancelledData = z.infer<typeof gradeCancelledData>
