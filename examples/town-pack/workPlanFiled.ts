// 年初工作安排: the plan each organization files with the town at the start of the year.
import * as z from 'zod'
import { defineEntryType, type HostEntryType } from '../../src/index'
import { lineSchema, type Opt, type Strict, yearSchema } from './fields'

const goalSchema: Strict<{ title: z.ZodString; measure: Opt<z.ZodString> }> = z.strictObject({
  title: lineSchema,
  /** How the town will see that the goal was met, e.g. 全年入户服务不少于300人次. */
  measure: lineSchema.optional(),
})

const workPlanData: Strict<{
  year: z.ZodNumber
  goals: z.ZodArray<typeof goalSchema>
  adoptedBy: Opt<z.ZodString>
}> = z.strictObject({
  year: yearSchema,
  goals: z.array(goalSchema).min(1).max(50),
  /** The body that adopted the plan under the articles, e.g. 理事会. */
  adoptedBy: lineSchema.optional(),
})

/**
 * An organization filed its work plan for `year` with the town on the entry's effective day.
 * Kept for the authorities. A revised plan is appended beside the first rather than replacing
 * it: the first filing's day is what the town's deadline asks about.
 */
export const workPlanFiled: HostEntryType<'jinshanwei.WorkPlanFiled', typeof workPlanData> =
  defineEntryType({
    type: 'jinshanwei.WorkPlanFiled',
    title: { zh: '年初工作安排', en: 'Annual work plan filed' },
    section: 'workPlans',
    visibility: 'authorities',
    recordsPastFact: true,
    data: workPlanData,
  })

/** The payload of a work plan. */
export type WorkPlan = z.infer<typeof workPlanData>
