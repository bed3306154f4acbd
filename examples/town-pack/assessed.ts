// 年终考核: the town's year-end assessment of each organization.
import * as z from 'zod'
import { defineEntryType, type HostEntryType, type HostItem } from '../../src/index'
import { type Enum, lineSchema, type Opt, type Strict, textSchema, yearSchema } from './fields'

/** The results of an assessment, best first: 优秀, 良好, 合格, 不合格. */
export const assessmentResults = ['excellent', 'good', 'pass', 'fail'] as const

/** The result of an assessment. */
export type AssessmentResult = (typeof assessmentResults)[number]

/** Each result in both languages. */
export const resultWords: Readonly<Record<AssessmentResult, { zh: string; en: string }>> = {
  excellent: { zh: '优秀', en: 'excellent' },
  good: { zh: '良好', en: 'good' },
  pass: { zh: '合格', en: 'pass' },
  fail: { zh: '不合格', en: 'fail' },
}

/** The lowest score of each result in the town's measures; a result outside its band is refused. */
export const resultBands: Readonly<Record<AssessmentResult, number>> = {
  excellent: 90,
  good: 80,
  pass: 60,
  fail: 0,
}

function inBand(result: AssessmentResult, score: number): boolean {
  const next = assessmentResults[assessmentResults.indexOf(result) - 1]
  return score >= resultBands[result] && (next === undefined || score < resultBands[next])
}

const assessedData: Strict<{
  year: z.ZodNumber
  score: z.ZodNumber
  result: Enum<AssessmentResult>
  assessedBy: z.ZodString
  remarks: Opt<z.ZodString>
}> = z
  .strictObject({
    year: yearSchema,
    score: z.number().int().min(0).max(100),
    result: z.enum(assessmentResults),
    /** The panel that assessed, e.g. 金山卫镇社会组织考核小组. */
    assessedBy: lineSchema,
    /** The panel's remarks: for the organization and the authorities, not the public. */
    remarks: textSchema.optional(),
  })
  .refine((assessment) => inBand(assessment.result, assessment.score), {
    path: ['result'],
    message:
      'the result must match the score: 优秀 90-100, 良好 80-89, 合格 60-79, 不合格 below 60',
  })

/**
 * One assessment per organization and year: an assessment of a year already assessed (redone
 * on review) replaces the earlier one in the credit file, which still keeps both entries.
 */
export const latestPerYear = (items: readonly HostItem[], item: HostItem): readonly HostItem[] => [
  ...items.filter((earlier) => earlier.data.year !== item.data.year),
  item,
]

/**
 * The town assessed the organization's `year` on the entry's effective day. Public: the town
 * publishes the results (评估结果要向社会公布); the remarks stay with the authorities under
 * the town's disclosure policy.
 */
export const assessed: HostEntryType<'jinshanwei.Assessed', typeof assessedData> = defineEntryType({
  type: 'jinshanwei.Assessed',
  title: { zh: '年终考核', en: 'Year-end assessment' },
  section: 'assessments',
  visibility: 'public',
  recordsPastFact: true,
  fold: latestPerYear,
  data: assessedData,
})

/** The payload of an assessment. */
export type Assessment = z.infer<typeof assessedData>
