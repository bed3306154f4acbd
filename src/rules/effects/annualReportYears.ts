import type { AnnualReportView } from '../../credit-file'
import type { Issue } from '../../errors'
import { dueDateInYear } from '../../time'
import { forKind } from '../annualReportRules'
import { closureAt } from '../compile/closureAt'
import { yearOf } from '../compile/dates'
import { type ReportYear, reportYear } from '../compile/reportYears'
import type { Path } from '../conditions/conditionModule'
import type { PolicyDocument } from '../policy'
import type { EffectInput } from './effectModule'

/** The report years an organization owes on a date, and when that may change. */
export interface OwedReportYears {
  readonly years: readonly ReportYear[]
  /** The registration the duty rests on. */
  readonly registration: number | null
  readonly next: string | null
}

/**
 * Every year that has ended by the date, from the founding year, read as the rules read a
 * report year (`reportYear`, the code the abnormal-list rule AB-01 rests on) with the policy's
 * `annualReport` and the rule's convention: a year the organization was founded too late in is
 * skipped, and none is owed whose due day falls after a closure. The next year arises on the
 * 1 January after the date, unless the organization is closed.
 */
export function annualReportYears({ context, policy, rule }: EffectInput): OwedReportYears {
  const rules = policy.annualReport
  const opened = context.file.registration.opened
  const monthDay = rules === undefined ? null : forKind(rules.due, context.kind)
  if (rules === undefined || monthDay === null || opened === null)
    return { years: [], registration: opened?.seq ?? null, next: null }
  const { closure, bounds } = closureAt(context.file, context.at)
  const closedOn = closure?.on ?? null
  const years: ReportYear[] = []
  let year = yearOf(opened.on)
  let closed = false
  for (; `${year}-12-31` < context.at; year++) {
    if (closedOn !== null && closedOn < dueDateInYear(year + 1, monthDay)) {
      closed = true
      break
    }
    const found = reportYear(context, rules, monthDay, year, rule.convention, bounds)
    if (found.state !== 'exempt') years.push(found)
  }
  if (!closed) bounds.add(`${year + 1}-01-01`)
  return { years, registration: opened.seq, next: bounds.change }
}

/** The earliest of a year's filings that passes `counts`, the first filed on that day. */
export function firstFiling(
  filings: readonly AnnualReportView[],
  counts: (filing: AnnualReportView) => boolean = () => true,
): AnnualReportView | undefined {
  let first: AnnualReportView | undefined
  for (const filing of filings) {
    if (counts(filing) && (first === undefined || filing.filedOn < first.filedOn)) first = filing
  }
  return first
}

/** Where a yearly duty needs the policy's `annualReport` and the policy has none. */
export function needsAnnualReport(path: Path, policy: PolicyDocument): Issue[] {
  if (policy.annualReport !== undefined) return []
  return [
    {
      code: 'no_report_due',
      path,
      message: 'a yearly duty needs the policy’s annualReport to say when reports fall due',
    },
  ]
}
