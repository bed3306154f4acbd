import type { CreditFile } from '../credit-file'
import type { ObligationRules } from '../rules'
import { type AnnualReportRules, annualReportYear, type ReportYear } from '../rules'
import { dueDateInYear } from '../time'
import { type Obligation, type ObligationStatus, statusOf } from './obligation'

/**
 * The annual work report (AI-01 to AI-03) and the audit it must carry (AI-03, AI-04) for each
 * year that has ended by `at`: from the founding year, skipping a year the organization was
 * founded too late in, and stopping at a closure before the due day. Each year is read as the
 * rules read it (`annualReportYear`, the same code the abnormal-list rule AB-01 rests on), so an
 * overdue report here is exactly a missing report there.
 */
export function annualReportObligations(
  rules: ObligationRules,
  file: CreditFile,
  at: string,
): Obligation[] {
  const report = rules.annualReport
  const kind = file.identity.kind
  const founded = file.identity.foundedOn
  if (report === undefined || kind === null || founded === null) return []
  const monthDay = report.due[kind]
  if (monthDay === undefined || monthDay === null) return []
  const closedOn = file.closedBy?.on ?? null
  const reportRules = report as AnnualReportRules
  const convention = report.convention ?? 'civil_code'
  const auditKinds = rules.audit?.kinds ?? []
  const out: Obligation[] = []
  for (let year = Number(founded.slice(0, 4)); `${year}-12-31` < at; year++) {
    const dueOn = dueDateInYear(year + 1, monthDay)
    if (closedOn !== null && closedOn < dueOn) break
    const found = annualReportYear(file, {
      at,
      year,
      rules: reportRules,
      due: monthDay,
      convention,
    })
    if (found.state === 'exempt') continue
    const filings = found.filings
    const first = filings.reduce<(typeof filings)[number] | undefined>(
      (earliest, filing) =>
        earliest === undefined || filing.filedOn < earliest.filedOn ? filing : earliest,
      undefined,
    )
    out.push({
      id: `annual_report:${year}`,
      kind: 'annual_report',
      party: 'organization',
      year,
      dueOn,
      status: STATUS[found.state],
      doneOn: first?.filedOn ?? null,
      doneBy: first?.seq ?? null,
      basedOn: [],
      source: report.source,
    })
    const audit = rules.audit
    if (audit === undefined) continue
    if (
      !auditKinds.includes(kind) &&
      !(audit.fundraisingCharities === true && raisedFundsIn(file, year))
    ) {
      continue
    }
    const audited = filings
      .filter((filing) => filing.audited)
      .sort((a, b) => (a.filedOn < b.filedOn ? -1 : 1))[0]
    out.push({
      id: `audit:${year}`,
      kind: 'audit',
      party: 'organization',
      year,
      dueOn,
      status: statusOf(dueOn, audited?.filedOn ?? null, at),
      doneOn: audited?.filedOn ?? null,
      doneBy: audited?.seq ?? null,
      basedOn: [],
      source: audit.source,
    })
  }
  return out
}

const STATUS: { readonly [S in Exclude<ReportYear['state'], 'exempt'>]: ObligationStatus } = {
  pending: 'due',
  missing: 'overdue',
  on_time: 'done',
  late: 'done_late',
}

function raisedFundsIn(file: CreditFile, year: number): boolean {
  const fundraising = file.identity.publicFundraising
  if (!file.identity.charity || fundraising.since === null) return false
  const ended = fundraising.revokedOn
  return fundraising.since <= `${year}-12-31` && (ended === null || ended >= `${year}-01-01`)
}
