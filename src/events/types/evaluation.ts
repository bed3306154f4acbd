import * as z from 'zod'
import { isoDateSchema } from '../../time'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { evaluationGradedV1ToV2 } from './evaluationGradedV1'
import { type Enum, lineSchema, type Opt, type Strict, textSchema } from './fields'

/** The evaluation grades (评估等级), lowest first (EV-11). */
export const grades = ['1A', '2A', '3A', '4A', '5A'] as const

/** One of `1A` (lowest) to `5A`, the letter form `A`…`AAAAA` of Order 39 written short. */
export type Grade = (typeof grades)[number]

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
  evaluationKind: Enum<'comprehensive' | 'standardisation'>
  occasion: Opt<Enum<'initial' | 'renewal' | 're_evaluation' | 'tracking' | 'verification'>>
  announcedOn: typeof isoDateSchema
  validFrom: typeof isoDateSchema
  validTo: typeof isoDateSchema
}> = z
  .strictObject({
    grade: gradeSchema,
    /** Points out of 1,000, where the evaluation scored. */
    score: z.number().int().min(0).max(1000).optional(),
    evaluator: lineSchema,
    evaluatorType: z.enum(evaluatorTypes),
    /** EV-03: comprehensive for groups and foundations, standardisation for 民非. */
    evaluationKind: z.enum(['comprehensive', 'standardisation']),
    /** EV-22 and EV-24 distinguish re-evaluation, tracking and verification evaluations. */
    occasion: z
      .enum(['initial', 'renewal', 're_evaluation', 'tracking', 'verification'])
      .optional(),
    announcedOn: isoDateSchema,
    /** Validity as the decision states it, so no validity rule lives in the entry. */
    validFrom: isoDateSchema,
    validTo: isoDateSchema,
  })
  .refine((graded) => graded.validFrom <= graded.validTo, {
    message: 'validity cannot end before it starts',
    path: ['validTo'],
  })

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
    /** The last day on which no new application is accepted, as the decision states (EV-18). */
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
