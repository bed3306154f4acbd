import type { AnnualReportView } from '../../credit-file'
import { dueDateInYear, hasElapsed } from '../../time'
import { type AnnualReportOverride, type AnnualReportRules, forKind } from '../annualReportRules'
import type { Boundaries } from './dates'
import { nextDay, yearOf } from './dates'
import type { CompileOptions, Context } from './outcome'

/** The report rules for one organization: the due day, or `null` when its kind files none. */
export interface ReportRules {
  readonly due: string | null
  readonly filedWith: AnnualReportRules['filedWith']
  readonly exempt: AnnualReportRules['exemptIfFoundedWithin'] | undefined
}

/** The policy's report rules with a condition's overrides on top. */
export function mergeReportRules(
  options: CompileOptions,
  override: AnnualReportOverride | undefined,
): AnnualReportRules | undefined {
  const base = options.annualReport
  if (override === undefined) return base
  const due = override.due ?? base?.due
  if (due === undefined) return undefined
  const merged = { ...base, ...override, due }
  return merged as AnnualReportRules
}

/** What a year's report looks like on the date. */
export interface ReportYear {
  readonly year: number
  readonly due: string
  /** `exempt`, `pending` (not yet due, not filed), `missing`, `late` or `on_time`. */
  readonly state: 'exempt' | 'pending' | 'missing' | 'late' | 'on_time'
  readonly noCharitableActivity: boolean
  readonly filings: readonly AnnualReportView[]
}

/** The report year of one organization on a date, noting in `bounds` when that will change. */
export function reportYear(
  context: Context,
  rules: AnnualReportRules,
  monthDay: string,
  year: number,
  convention: CompileOptions['convention'],
  bounds: Boundaries,
): ReportYear {
  const due = dueDateInYear(year + 1, monthDay)
  const founded = context.file.registration.opened?.on ?? null
  const yearEnd = `${year}-12-31`
  const period = forKind(rules.exemptIfFoundedWithin, context.kind)
  const exempt =
    founded === null ||
    founded > yearEnd ||
    (period !== null && !hasElapsed(founded, period, yearEnd, convention))
  const filings: AnnualReportView[] = []
  for (const filing of context.file.annualReports[String(year)] ?? []) {
    if (rules.filedWith !== undefined && filing.filedWith !== rules.filedWith) continue
    bounds.add(filing.filedOn)
    if (filing.filedOn <= context.at) filings.push(filing)
  }
  const first = filings.reduce<string | null>(
    (day, f) => (day === null || f.filedOn < day ? f.filedOn : day),
    null,
  )
  let state: ReportYear['state']
  if (exempt) state = 'exempt'
  else if (first !== null) state = first <= due ? 'on_time' : 'late'
  else {
    bounds.add(nextDay(due))
    state = due < context.at ? 'missing' : 'pending'
  }
  const noCharitableActivity =
    filings.length > 0 && filings.every((f) => f.showsCharitableActivity === false)
  return { year, due, state, noCharitableActivity, filings }
}

/**
 * The latest report year whose due day has passed on the date, noting in `bounds` the day the
 * next one passes.
 */
export function latestDueYear(at: string, monthDay: string, bounds: Boundaries): number {
  const year = yearOf(at)
  const dueThisYear = dueDateInYear(year, monthDay)
  if (dueThisYear < at) {
    bounds.add(nextDay(dueDateInYear(year + 1, monthDay)))
    return year - 1
  }
  bounds.add(nextDay(dueThisYear))
  return year - 2
}
