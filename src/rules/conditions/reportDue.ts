import * as z from 'zod'
import { annualReportOverrideSchema, forKind } from '../annualReportRules'
import { Boundaries } from '../compile/dates'
import { mergeReportRules, reportYear } from '../compile/reportYears'
import type { Frozen, Opt, Strict } from '../schemaTypes'
import { dueDayIssues, noReportDue, registrationSeqs, yearFacts, yearWords } from './annualReports'
import { type ConditionModule, noInner, noIssues, noSections } from './conditionModule'

/** Checks a `reportDue` condition. */
export const reportDueSchema: Strict<{
  kind: z.ZodLiteral<'reportDue'>
  report: Opt<typeof annualReportOverrideSchema>
}> = z.strictObject({ kind: z.literal('reportDue'), report: annualReportOverrideSchema.optional() })

/** A report is owed this year, for the year before, filed or not. */
export type ReportDue = Frozen<z.output<typeof reportDueSchema>>

/** A report is owed this year for the year before, filed or not, so an obligation can say due, overdue or done. */
export function reportDue(report?: ReportDue['report']): ReportDue {
  return report === undefined ? { kind: 'reportDue' } : { kind: 'reportDue', report }
}

/**
 * `reportDue`: a report is owed this year, for the year before; true whether or not it was
 * filed, so that an obligation can say due, overdue or done (facts `due` and `filedOn`).
 */
export const reportDueKind: ConditionModule<'reportDue'> = {
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
      bounds.add(`${context.year}-01-01`)
      bounds.add(`${context.year + 1}-01-01`)
      const found = reportYear(
        context,
        rules,
        monthDay,
        context.year - 1,
        options.convention,
        bounds,
      )
      const filed = found.filings.map((f) => f.seq)
      return {
        value: found.state !== 'exempt',
        seqs: [...registrationSeqs(context), ...filed].sort((a, b) => a - b),
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: `${context.year + 1}-01-01`,
        facts: yearFacts(found),
      }
    }
  },
  words: (_, found) => yearWords(found),
}
