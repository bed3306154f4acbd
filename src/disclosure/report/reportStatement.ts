import { contentHash } from '../../events'
import type { PublicReport } from './publicReport'

/** The format a public report declares, and the first line of its signed statement. */
export const REPORT_FORMAT = 'integrity-ledger/public-report/v1'

/**
 * The text the log's key signs for a report: the format, the organization, the date, the
 * checkpoint's tree size and the SHA-256 of the canonical JSON of everything in the report
 * but the statement. So the operator vouches for the report as a whole, what it leaves out
 * included. A checkpoint's third line is a base64 root, never a date, so neither note can
 * pass for the other.
 */
export function reportStatementText(report: Omit<PublicReport, 'statement'>, size: number): string {
  const { statement: _, ...body } = report as PublicReport
  const digest = contentHash(body)
  return `${REPORT_FORMAT}\n${report.org}\n${report.asOf}\n${size}\n${digest}\n`
}
