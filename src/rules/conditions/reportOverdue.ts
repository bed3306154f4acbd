import * as z from 'zod'
import { annualReportOverrideSchema, forKind } from '../annualReportRules'
import { Boundaries, nextDay } from '../compile/dates'
import { latestDueYear, mergeReportRules, reportYear } from '../compile/reportYears'
import type { Frozen, Opt, Strict } from '../schemaTypes'
import { dueDayIssues, noReportDue, registrationSeqs, yearFacts, yearWords } from './annualReports'
import { type ConditionModule, noInner, noIssues, noSections } from './conditionModule'

/** Checks a `reportOverdue` condition. */
export const reportOverdueSchema: Strict<{
  kind: z.ZodLiteral<'reportOverdue'>
  report: Opt<typeof annualReportOverrideSchema>
}> = z.strictObject({
  kind: z.literal('reportOverdue'),
  report: annualReportOverrideSchema.optional(),
})

/** The latest annual report due by the date is owed and not filed. */
export type ReportOverdue = Frozen<z.output<typeof reportOverdueSchema>>

/** The latest annual report due by the date was owed and is not filed; `report` overrides the policy's report rules. */
export function reportOverdue(report?: ReportOverdue['report']): ReportOverdue {
  return report === undefined ? { kind: 'reportOverdue' } : { kind: 'reportOverdue', report }
}

/**
 * `reportOverdue`: the report for the latest year whose due day has passed (the day after it
 * at the earliest) was owed and has not been filed by the date. A late filing cures it.
 */
export const reportOverdueKind: ConditionModule<'reportOverdue'> = {
  facts: ['year', 'due', 'filedOn', 'state'],
  inner: noInner,
  check: noIssues,
  checkInPolicy: (condition, path, policy) => dueDayIssues(condition.report, path, policy),
  requires: noSections,
  compile(condition, options) {
    const rules = mergeReportRules(options, condition.report)
    return (context) => {
      const monthDay = rules === undefined ? null : forKind(rules.due, context.kind)
      if (rules === undefined || monthDay === null) return noReportDue(context)
      const bounds = new Boundaries(context.at)
      const year = latestDueYear(context.at, monthDay, bounds)
      const found = reportYear(context, rules, monthDay, year, options.convention, bounds)
      const value = found.state === 'missing'
      return {
        value,
        seqs: value
          ? registrationSeqs(context)
          : found.filings.map((f) => f.seq).sort((a, b) => a - b),
        since: value ? nextDay(found.due) : bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: yearFacts(found),
      }
    }
  },
  words: (_, found) => yearWords(found),
}
