import type { AnnualReportFiledData, EntryOf, InspectionResult } from '../../events'
import { copyData } from '../copyData'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** One filing of an annual work report. Whether it was late is for a policy to decide. */
export interface AnnualReportView {
  readonly seq: number
  readonly year: number
  readonly filedOn: string
  readonly filedWith: AnnualReportFiledData['filedWith']
  readonly title: string | null
  readonly financials: NonNullable<AnnualReportFiledData['financials']> | null
  readonly audited: boolean
  readonly auditFirm: string | null
  /** `null` when the report does not say (it is asked of charities, DR-10). */
  readonly showsCharitableActivity: boolean | null
}

/** The conclusion of one year's annual inspection. */
export interface InspectionView {
  readonly seq: number
  readonly year: number
  readonly on: string
  readonly result: InspectionResult
  readonly reasons: readonly string[]
  readonly simplifiedProcedure: boolean
}

/** Files the report under the year it covers. */
export function annualReportFiled(
  draft: CreditFileDraft,
  entry: EntryOf<'AnnualReportFiled'>,
): void {
  const data = entry.data
  const year = String(data.year)
  const filing: AnnualReportView = {
    seq: entry.seq,
    year: data.year,
    filedOn: effectiveDay(entry.effectiveAt),
    filedWith: data.filedWith,
    title: data.title ?? null,
    financials: data.financials === undefined ? null : copyData(data.financials),
    audited: data.audited ?? false,
    auditFirm: data.auditFirm ?? null,
    showsCharitableActivity: data.showsCharitableActivity ?? null,
  }
  const filings = draft.annualReports[year]
  if (filings === undefined) draft.annualReports[year] = [filing]
  else filings.push(filing)
}

/** Records the year's inspection conclusion, replacing an earlier one for the same year. */
export function annualInspectionConcluded(
  draft: CreditFileDraft,
  entry: EntryOf<'AnnualInspectionConcluded'>,
): void {
  const data = entry.data
  draft.inspections[String(data.year)] = {
    seq: entry.seq,
    year: data.year,
    on: effectiveDay(entry.effectiveAt),
    result: data.result,
    reasons: data.reasons === undefined ? [] : [...data.reasons],
    simplifiedProcedure: data.simplifiedProcedure ?? false,
  }
}
