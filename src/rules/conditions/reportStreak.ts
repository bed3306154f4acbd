import { forKind } from '../annualReportRules'
import { Boundaries } from '../compile/dates'
import type { CompileOptions } from '../compile/outcome'
import {
  latestDueYear,
  mergeReportRules,
  type ReportYear,
  reportYear,
} from '../compile/reportYears'
import type { Condition } from '../condition'
import { noReportDue, registrationSeqs } from './annualReports'
import type { Evaluate } from './conditionModule'

type Reports = Extract<Condition, { kind: 'consecutiveYears'; of: 'annualReports' }>

/**
 * `consecutiveYears` of annual reports: each of the last `years` years is in one of the `match`
 * states. The years end at the latest whose due day has passed, or at the year after it once
 * its report is on file before the due day.
 */
export function reportStreak(condition: Reports, options: CompileOptions): Evaluate {
  const rules = mergeReportRules(options, condition.report)
  return (context) => {
    const monthDay = rules === undefined ? null : forKind(rules.due, context.kind)
    if (rules === undefined || monthDay === null) return noReportDue(context)
    const bounds = new Boundaries(context.at)
    let last = context.year - 1
    if (condition.ending === 'previous_year') {
      bounds.add(`${context.year}-01-01`)
      bounds.add(`${context.year + 1}-01-01`)
    } else last = latestDueYear(context.at, monthDay, bounds)
    const found: ReportYear[] = []
    // A report on file before its due day is read at once: the streak then ends at its year.
    const early =
      condition.ending === 'previous_year' || last + 1 >= context.year
        ? null
        : reportYear(context, rules, monthDay, last + 1, options.convention, bounds)
    if (early !== null && early.filings.length > 0) last += 1
    for (let year = last - condition.years + 1; year <= last; year++) {
      found.push(
        year === early?.year
          ? early
          : reportYear(context, rules, monthDay, year, options.convention, bounds),
      )
    }
    const value = found.every(
      (y) =>
        condition.match.includes(y.state as never) ||
        (y.noCharitableActivity && condition.match.includes('no_charitable_activity')),
    )
    const seqs = found.flatMap((y) => y.filings.map((f) => f.seq))
    return {
      value,
      seqs: [...registrationSeqs(context), ...seqs].sort((a, b) => a - b),
      since: bounds.since,
      changesOn: bounds.change,
      flipsOn: bounds.change,
      facts: {
        from: last - condition.years + 1,
        to: last,
        states: found
          .map((y) => (y.noCharitableActivity ? 'no_charitable_activity' : y.state))
          .join(' '),
      },
    }
  }
}
