import type { AnnualReportView, CreditFile } from '../../credit-file'
import type { Boundaries } from '../compile/dates'

/** What `priorYear` reads from the annual reports on a date: two figures and what is missing. */
export interface YearFigures {
  /**
   * The latest year whose report filed on or before the date states the figure; without one,
   * the latest year with a report.
   */
  readonly year: number | null
  /** The day the figure of `year` was filed. */
  readonly on: string | null
  readonly value: number | null
  readonly base: number | null
  readonly missing: 'report' | 'prior_report' | 'figure' | 'prior_figure' | null
  readonly seqs: readonly number[]
}

function figureOf(filing: AnnualReportView, field: string): number | null {
  let value: unknown = filing
  for (const key of field.split('.')) {
    if (value === null || typeof value !== 'object') return null
    value = (value as Record<string, unknown>)[key]
  }
  return typeof value === 'number' ? value : null
}

// The latest filing of the year on or before `at` that states the figure: a later filing
// replaces an earlier one, and one without the figure does not erase it.
function latestStating(
  filings: readonly AnnualReportView[],
  at: string,
  field: string,
): AnnualReportView | null {
  let found: AnnualReportView | null = null
  for (const filing of filings) {
    if (filing.filedOn > at || figureOf(filing, field) === null) continue
    const later =
      found === null ||
      filing.filedOn > found.filedOn ||
      (filing.filedOn === found.filedOn && filing.seq > found.seq)
    if (later) found = filing
  }
  return found
}

/**
 * The figure `field` of the latest year whose report states it and the figure `prior` of the year before's,
 * as filed on or before `at`; filings after it are noted in `bounds` as days the outcome may
 * change, and the filings read as days it changed.
 */
export function yearFigures(
  file: CreditFile,
  at: string,
  field: string,
  prior: string,
  bounds: Boundaries,
): YearFigures {
  // Year Y is the latest year whose filing states `field`: a report for a later year that
  // leaves the figure out does not hide an earlier year's shortfall. Without any, Y is the
  // latest year on file, so `missing` can say the figure is not stated.
  let year: number | null = null
  let firstOn: string | null = null
  let latestFiled: number | null = null
  for (const filings of Object.values(file.annualReports)) {
    for (const filing of filings) {
      if (filing.filedOn > at) {
        bounds.add(filing.filedOn)
        continue
      }
      if (latestFiled === null || filing.year > latestFiled) latestFiled = filing.year
      if (figureOf(filing, field) === null) continue
      if (year === null || filing.year > year) {
        year = filing.year
        firstOn = filing.filedOn
      } else if (filing.year === year && firstOn !== null && filing.filedOn < firstOn) {
        firstOn = filing.filedOn
      }
    }
  }
  if (year === null) {
    if (latestFiled === null) {
      return { year: null, on: null, value: null, base: null, missing: 'report', seqs: [] }
    }
    year = latestFiled
  }
  bounds.add(firstOn)
  const current = latestStating(file.annualReports[String(year)] ?? [], at, field)
  const previousFilings = (file.annualReports[String(year - 1)] ?? []).filter(
    (filing) => filing.filedOn <= at,
  )
  const before = latestStating(previousFilings, at, prior)
  bounds.add(current?.filedOn ?? null)
  bounds.add(before?.filedOn ?? null)
  const missing =
    previousFilings.length === 0
      ? 'prior_report'
      : current === null
        ? 'figure'
        : before === null
          ? 'prior_figure'
          : null
  const seqs = [current?.seq, before?.seq]
    .filter((seq): seq is number => seq !== undefined)
    .sort((a, b) => a - b)
  return {
    year,
    on: current?.filedOn ?? null,
    value: current === null ? null : figureOf(current, field),
    base: before === null ? null : figureOf(before, prior),
    missing,
    seqs,
  }
}
