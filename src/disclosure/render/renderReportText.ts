import type { Result } from '../../errors'
import type { Language } from '../../language'
import type { PublicReport } from '../report/publicReport'
import type { ReportVerification } from '../verify/verifyReport'
import { reportView } from './reportView'
import { stripBidiControls } from './stripBidiControls'

/**
 * A public report as plain text in Chinese (`zh-CN`, or `zh`) or English (`en`), laid out as the page
 * is: the organization's standing, the verification result, the basic information in the
 * platform's order, one line per record with corrected values beside the originals and
 * notes, and last the verification details (seq numbers, leaf hashes, the policy hash), apart
 * from what a citizen reads. Bidi control characters are dropped, so a value cannot reorder
 * the lines around it. Throws `LedgerError` (`INVALID_INPUT`) for anything but a report, and
 * for a `lang` that is not a language (`unknown_language` at `['options', 'lang']`).
 *
 * @example
 * console.log(renderReportText(report, { lang: 'zh-CN', verification: verifyReport(report, { publicKey }) }))
 */
export function renderReportText(
  report: PublicReport,
  options: { readonly lang: Language; readonly verification?: Result<ReportVerification> },
): string {
  const view = reportView(report, options)
  const zh = view.lang === 'zh-CN'
  const colon = zh ? '：' : ': '
  const aside = (note: string | undefined) =>
    note === undefined ? '' : zh ? `（${note}）` : ` [${note}]`
  const lines: string[] = [view.name === null ? view.title : `${view.name} — ${view.title}`]
  lines.push(
    `${view.org.label}${colon}${view.org.value}`,
    `${view.asOf.label}${colon}${view.asOf.value}`,
  )
  lines.push('', `## ${view.status.title}`)
  for (const line of view.status.lines) lines.push(`${line.label}${colon}${line.value}`)
  lines.push(view.status.note)
  const mark = { verified: '✓', failed: '✗', unverified: '?' }[view.verification.state]
  lines.push('', `${mark} ${view.verification.message}`)
  for (const problem of view.verification.problems) lines.push(`  - ${problem}`)
  lines.push('', `## ${view.basic.title}`)
  for (const field of view.basic.fields) {
    lines.push(`${field.label}${colon}${field.value}${aside(field.note)}`)
    for (const problem of field.problems) lines.push(`    ✗ ${problem}`)
  }
  for (const footnote of view.basic.footnotes) lines.push(`    ※ ${footnote}`)
  for (const table of view.tables) {
    lines.push('', `## ${table.title}`)
    if (table.rows.length === 0) lines.push(zh ? `  （${view.empty}）` : `  (${view.empty})`)
    for (const row of table.rows) {
      const cells = row.cells
        .map((cell, index) => ({ cell, label: table.columns[index] ?? '' }))
        .filter(({ cell }) => cell.text !== '')
        .map(({ cell, label }) => `${label}${colon}${cell.text}${aside(cell.note)}`)
      lines.push(`${row.problems.length > 0 ? '✗' : '·'} ${cells.join(zh ? '；' : '; ')}`)
      for (const extra of row.extra) lines.push(`    ${extra}`)
      for (const note of row.notes) lines.push(`    ※ ${note}`)
      for (const problem of row.problems) lines.push(`    ✗ ${problem}`)
    }
    for (const footnote of table.footnotes) lines.push(`  ${footnote}`)
  }
  lines.push('', `## ${view.details.title}`)
  for (const fact of view.details.facts) lines.push(`${fact.label}${colon}${fact.value}`)
  for (const row of view.details.rows) {
    const cells = row.cells
      .filter((cell) => cell !== '')
      .map((cell) => cell.replaceAll('\n', ' · '))
    lines.push(`  ${cells.join(' | ')}`)
  }
  for (const issue of view.details.issues) lines.push(`  ✗ ${issue}`)
  return `${stripBidiControls(lines.join('\n'))}\n`
}
