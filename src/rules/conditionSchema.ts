import * as z from 'zod'
import { grades, inspectionResults, rectificationSources } from '../events'
import { calendarPeriodSchema } from '../time'
import { annualReportOverrideSchema } from './annualReportRules'
import type { Condition } from './condition'
import { entryFilterSchema, predicateSchema, windowSchema } from './entryFilter'
import { orgKinds } from './orgKind'

const lists = z.enum(['abnormal', 'serious', 'dishonest_debtor'])
const reasons = z.array(z.string().min(1).max(64)).min(1).max(20).optional()
const ending = z.enum(['latest', 'previous_year']).optional()
const years = z.number().int().min(1).max(50)
const reportStates = ['missing', 'late', 'on_time', 'no_charitable_activity', 'exempt'] as const
const dateRefs = [
  'founded',
  'closed',
  'charity',
  'fundraising_granted',
  'fundraising_revoked',
  'grade_announced',
  'grade_valid_from',
  'grade_valid_to',
] as const

const consecutiveYears = z.discriminatedUnion('of', [
  z.strictObject({
    kind: z.literal('consecutiveYears'),
    of: z.literal('inspections'),
    match: z.array(z.enum([...inspectionResults, 'missing'])).min(1),
    years,
    ending,
  }),
  z.strictObject({
    kind: z.literal('consecutiveYears'),
    of: z.literal('annualReports'),
    match: z.array(z.enum(reportStates)).min(1),
    years,
    ending,
    report: annualReportOverrideSchema.optional(),
  }),
])

const counted = z
  .strictObject({
    kind: z.literal('count'),
    entries: entryFilterSchema,
    window: windowSchema.optional(),
    atLeast: z.number().int().min(0).max(10000).optional(),
    atMost: z.number().int().min(0).max(10000).optional(),
  })
  .refine((c) => c.atLeast === undefined || c.atMost === undefined || c.atLeast <= c.atMost, {
    message: 'atLeast cannot exceed atMost',
    path: ['atMost'],
  })

/** Checks a condition written as JSON. */
export const conditionSchema: z.ZodType<Condition> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('status'),
    is: z.array(z.enum(['active', 'deregistered', 'revoked', 'banned'])).min(1),
  }),
  z.strictObject({ kind: z.literal('orgKind'), is: z.array(z.enum(orgKinds)).min(1) }),
  z.strictObject({
    kind: z.literal('attribute'),
    is: z.enum(['charity', 'public_fundraising', 'national_level', 'supervising_unit']),
  }),
  z.strictObject({ kind: z.literal('onList'), list: lists, reasons }),
  z.strictObject({
    kind: z.literal('listedFor'),
    list: lists,
    period: calendarPeriodSchema,
    reasons,
    from: z.enum(['latest', 'earliest']).optional(),
  }),
  counted,
  z.strictObject({
    kind: z.literal('field'),
    entries: entryFilterSchema,
    window: windowSchema.optional(),
    where: predicateSchema,
  }),
  consecutiveYears,
  z.strictObject({
    kind: z.literal('reportOverdue'),
    report: annualReportOverrideSchema.optional(),
  }),
  z.strictObject({ kind: z.literal('reportDue'), report: annualReportOverrideSchema.optional() }),
  z.strictObject({
    kind: z.literal('rectification'),
    overdue: z.boolean().optional(),
    source: z.array(z.enum(rectificationSources)).min(1).optional(),
  }),
  z
    .strictObject({
      kind: z.literal('grade'),
      atLeast: z.enum(grades).optional(),
      atMost: z.enum(grades).optional(),
      valid: z.boolean().optional(),
      expiresWithin: z.optional(calendarPeriodSchema),
      inFirst: z.optional(calendarPeriodSchema),
      reEvaluation: z.boolean().optional(),
    })
    // One window per condition, so its explanation names the one it tested; combine two
    // windows with when.all.
    .refine(
      (c) =>
        c.reEvaluation === undefined || (c.expiresWithin === undefined && c.inFirst === undefined),
      {
        message:
          'reEvaluation names its own window: test expiresWithin or inFirst in another condition',
        path: ['reEvaluation'],
      },
    ),
  z.strictObject({ kind: z.literal('registeredFor'), period: calendarPeriodSchema }),
  z
    .strictObject({
      kind: z.literal('elapsed'),
      since: z.enum(dateRefs),
      atLeast: z.optional(calendarPeriodSchema),
      lessThan: z.optional(calendarPeriodSchema),
    })
    .refine((c) => c.atLeast !== undefined || c.lessThan !== undefined, {
      message: 'say atLeast, lessThan or both',
      path: ['atLeast'],
    }),
  z.strictObject({
    kind: z.literal('all'),
    get of() {
      return z.array(conditionSchema).min(1).max(50)
    },
  }),
  z.strictObject({
    kind: z.literal('any'),
    get of() {
      return z.array(conditionSchema).min(1).max(50)
    },
  }),
  z.strictObject({
    kind: z.literal('not'),
    get of() {
      return conditionSchema
    },
  }),
]) as z.ZodType<Condition>
