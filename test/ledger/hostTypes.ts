import * as z from 'zod'
import { defineEntryType, type HostEntryType, type HostItem } from '../../src/events'

/** A town's annual work plan: kept from the registrar, version 2 of its schema. */
export const workPlanFiled: HostEntryType = defineEntryType({
  type: 'town.WorkPlanFiled',
  schema: 2,
  // Version 1 had only a summary; version 2 counts the plan's items.
  upcasters: { 1: (data) => ({ ...(data as object), items: 0 }) },
  title: { zh: '年初工作安排', en: 'Annual work plan filed' },
  section: 'workPlans',
  recordsPastFact: true,
  data: z.strictObject({
    year: z.number().int().min(2000).max(2100),
    summary: z.string().min(1),
    items: z.number().int().nonnegative(),
  }),
})

/** The first version of the work plan, as an older host release defined it. */
export const workPlanFiledV1: HostEntryType = defineEntryType({
  type: 'town.WorkPlanFiled',
  title: { zh: '年初工作安排', en: 'Annual work plan filed' },
  section: 'workPlans',
  data: z.strictObject({ year: z.number().int(), summary: z.string().min(1) }),
})

/** A year-end assessment, public; a later one for the same year replaces the earlier. */
export const assessed: HostEntryType = defineEntryType({
  type: 'town.Assessed',
  title: { zh: '年终考核', en: 'Year-end assessment' },
  section: 'assessments',
  visibility: 'public',
  data: z.strictObject({
    year: z.number().int(),
    score: z.number().int().min(0).max(100),
    result: z.enum(['excellent', 'good', 'pass', 'fail']),
  }),
  fold: (items: readonly HostItem[], item: HostItem) => [
    ...items.filter((earlier) => earlier.data.year !== item.data.year),
    item,
  ],
})

/** Every host type of the town, at their current versions. */
export const townTypes: readonly HostEntryType[] = [workPlanFiled, assessed]
