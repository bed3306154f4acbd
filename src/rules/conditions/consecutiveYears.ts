import * as z from 'zod'
import { type InspectionResult, inspectionResults } from '../../events'
import { annualReportOverrideSchema } from '../annualReportRules'
import type { Enum, Frozen, List, Opt, Strict } from '../schemaTypes'
import { dueDayIssues, NOT_DUE, yearsWords } from './annualReports'
import { type ConditionModule, noInner, noIssues, noSections } from './conditionModule'
import { inspectionStreak } from './inspectionStreak'
import { reportStreak } from './reportStreak'

const reportStates = ['missing', 'late', 'on_time', 'no_charitable_activity', 'exempt'] as const

/** What a year of annual reports shows on the date: per AnnualReportRules, or excused. */
export type ReportState = (typeof reportStates)[number]

type Ending = Opt<Enum<'latest' | 'previous_year'>>

const years = z.number().int().min(1).max(50)
const ending: Ending = z.enum(['latest', 'previous_year']).optional()

/** Checks a `consecutiveYears` condition, over inspections or annual reports. */
export const consecutiveYearsSchema: z.ZodDiscriminatedUnion<
  [
    Strict<{
      kind: z.ZodLiteral<'consecutiveYears'>
      of: z.ZodLiteral<'inspections'>
      match: List<Enum<InspectionResult | 'missing'>>
      years: z.ZodNumber
      ending: Ending
    }>,
    Strict<{
      kind: z.ZodLiteral<'consecutiveYears'>
      of: z.ZodLiteral<'annualReports'>
      match: List<Enum<ReportState>>
      years: z.ZodNumber
      ending: Ending
      report: Opt<typeof annualReportOverrideSchema>
    }>,
  ],
  'of'
> = z.discriminatedUnion('of', [
  z.strictObject({
    kind: z.literal('consecutiveYears'),
    of: z.literal('inspections'),
    match: z
      .array(z.enum([...inspectionResults, 'missing']))
      .min(1)
      .readonly(),
    years,
    ending,
  }),
  z.strictObject({
    kind: z.literal('consecutiveYears'),
    of: z.literal('annualReports'),
    match: z.array(z.enum(reportStates)).min(1).readonly(),
    years,
    ending,
    report: annualReportOverrideSchema.optional(),
  }),
])

/** Each of the last `years` years of inspections or annual reports is in one of the `match` states. */
export type ConsecutiveYears = Frozen<z.output<typeof consecutiveYearsSchema>>

/** `consecutiveYears` of annual inspections: each of the last `years` concluded in one of `match`. */
export function inspections(
  match: readonly (InspectionResult | 'missing')[],
  years: number,
  options: { ending?: 'latest' | 'previous_year' } = {},
): ConsecutiveYears {
  return { kind: 'consecutiveYears', of: 'inspections', match, years, ...options }
}

/** `consecutiveYears` of annual reports: each of the last `years` is in one of the `match` states. */
export function reports(
  match: readonly ReportState[],
  years: number,
  options: {
    ending?: 'latest' | 'previous_year'
    report?: Extract<ConsecutiveYears, { of: 'annualReports' }>['report']
  } = {},
): ConsecutiveYears {
  return { kind: 'consecutiveYears', of: 'annualReports', match, years, ...options }
}

/**
 * `consecutiveYears`: each of the last `years` years is in one of the `match` states, by the
 * annual inspections (`inspectionStreak`) or the annual reports (`reportStreak`).
 */
export const consecutiveYearsKind: ConditionModule<'consecutiveYears'> = {
  facts: ['from', 'to', 'states'],
  inner: noInner,
  check: noIssues,
  checkInPolicy: (condition, path, policy) =>
    condition.of === 'inspections' ? [] : dueDayIssues(condition.report, path, policy),
  requires: noSections,
  compile: (condition, options) =>
    condition.of === 'inspections' ? inspectionStreak(condition) : reportStreak(condition, options),
  words(condition, found) {
    if (condition.of === 'inspections') {
      return found.facts.to === null
        ? { zh: '无年检记录', en: 'no annual inspection on record' }
        : yearsWords('年度年检', 'annual inspections', found)
    }
    if (found.facts.from === undefined) return NOT_DUE
    return yearsWords('年度工作报告', 'annual reports', found)
  },
}
