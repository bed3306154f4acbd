import type { Result } from '../errors'
import type { PublicReport } from './publicReport'
import type { ReportLanguage } from './reportLabels'
import { reportView } from './reportView'
import { stripBidiControls } from './stripBidiControls'
import type { ReportVerification } from './verifyReport'

/**
 * A public report as plain text in Chinese (`zh-CN`) or English (`en`): the organization,
 * the verification result when one is given, and every section with its items, shown fields,
 * corrected values beside the originals and notes. Bidi control characters are dropped, so a
 * value cannot reorder the lines around it. Throws `LedgerError` (`INVALID_INPUT`) for
 * anything but a report.
 *
 * @example
 * console.log(renderReportText(report, { lang: 'zh-CN', verification: verifyReport(report, { publicKey }) }))
 */
export function renderReportText(
  report: PublicReport,
  options: { readonly lang: ReportLanguage; readonly verification?: Result<ReportVerification> },
): string {
  const view = reportView(report, options)
  const lines: string[] = [view.name === null ? view.title : `${view.name} — ${view.title}`]
  for (const fact of view.facts) lines.push(`${fact.label}: ${fact.value}`)
  const mark =
    view.verification.state === 'verified' ? '✓' : view.verification.state === 'failed' ? '✗' : '?'
  lines.push(
    '',
    ...view.verification.lines.map((line, index) =>
      index === 0 ? `${mark} ${line}` : `  - ${line}`,
    ),
  )
  for (const section of view.sections) {
    lines.push('', `## ${section.title}`)
    if (section.items.length === 0) lines.push(`  (${view.empty})`)
    for (const item of section.items) {
      lines.push(`${item.problems.length > 0 ? '✗' : '·'} ${item.heading}`)
      if (item.migrated !== undefined) lines.push(`    ${item.migrated}`)
      for (const field of item.fields) {
        lines.push(
          `    ${field.label}: ${field.value}${field.note === undefined ? '' : ` [${field.note}]`}`,
        )
      }
      for (const note of item.notes) lines.push(`    ※ ${note}`)
      for (const problem of item.problems) lines.push(`    ✗ ${problem}`)
    }
  }
  return `${stripBidiControls(lines.join('\n'))}\n`
}
