import { checkArgument } from '../../_internal/arguments'
import type { CellView } from '../report/itemReader'
import type { PublicReport } from '../report/publicReport'
import type { ReportColumn } from '../report/reportBlocks'
import type { RowView } from '../report/reportRows'
import { bdi, escapeHtml, scriptJson } from './htmlText'
import { type ReportHtmlOptions, reportHtmlOptionsSchema } from './reportHtmlOptions'
import { reportLabels } from './reportLabels'
import { REPORT_STYLE } from './reportStyle'
import { type ReportView, reportView, type TableView } from './reportView'
import { stripBidiControls } from './stripBidiControls'

/**
 * A public report as one self-contained HTML page (inline CSS, nothing fetched but the
 * verifier script when one is given), in Chinese or English, laid out as the national platform
 * presents a record: the standing (存续, 已注销…, the lists, the valid grade) and the
 * verification beside it, the basic information in the platform's order, then one compact
 * table per kind of record; seq numbers, hashes and rules only in the collapsed "核验详情".
 *
 * Hooks for a verifier in the browser: `<section id="verification" data-state>` (`pending`,
 * `verified`, `failed` or `unverified`) holding `<p class="verification-message">` and, on
 * failure, `<ul class="verification-problems">`; `data-seq` and `data-section` on every row
 * (and on the removal cells of a list stay, which belong to the removal); with
 * `verifierScript`, the report in `<script type="application/json" id="report-json">` (`<`
 * written `\u003c`), the key in `<meta name="integrity-ledger-public-key">` and the module
 * script. Every text from the report is escaped, stripped of bidi controls and isolated in a
 * `<bdi>`. Throws `LedgerError` (`INVALID_INPUT`) for anything but a report or for options
 * their schema refuses, naming the option.
 *
 * @example
 * await writeFile('report.html', renderReportHtml(report, { lang: 'zh-CN', verification }))
 * const page = renderReportHtml(report, { lang: 'zh-CN', verifierScript: '/verify.js', publicKey })
 */
export function renderReportHtml(report: PublicReport, options: ReportHtmlOptions): string {
  checkArgument(reportHtmlOptionsSchema, options, 'options')
  const view = reportView(
    report,
    options.verification === undefined
      ? { lang: options.lang }
      : { lang: options.lang, verification: options.verification },
  )
  const script = options.verifierScript
  const heading = view.name ?? view.title
  const hooks =
    script === undefined
      ? ''
      : `<script type="application/json" id="report-json">${scriptJson(report)}</script>
<script type="module" src="${escapeHtml(script)}"></script>
`
  const key =
    options.publicKey === undefined
      ? ''
      : `<meta name="integrity-ledger-public-key" content="${escapeHtml(options.publicKey)}">\n`
  return `<!DOCTYPE html>
<html lang="${escapeHtml(view.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${key}<title>${escapeHtml(stripBidiControls(view.name === null ? view.title : `${view.name} — ${view.title}`))}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<main>
<header class="report-header">
<p class="doc-title">${escapeHtml(view.title)}</p>
<h1>${bdi(heading)}</h1>
<p class="meta"><span>${labelled(view.org.label, view.org.value, view)}</span><span>${labelled(view.asOf.label, view.asOf.value, view)}</span></p>
</header>
<div class="summary">
${statusHtml(view)}
${verificationHtml(view, script !== undefined)}
</div>
${basicHtml(view)}
${view.tables.map((table) => tableHtml(table, view)).join('\n')}
${detailsHtml(view)}
</main>
${hooks}</body>
</html>
`
}

function labelled(label: string, value: string, view: ReportView): string {
  const colon = view.lang === 'zh-CN' ? '：' : ': '
  return `${escapeHtml(label)}${colon}${bdi(value)}`
}

function statusHtml(view: ReportView): string {
  const lines = view.status.lines.map(
    (line) => `<dt>${escapeHtml(line.label)}</dt><dd class="${line.tone}">${bdi(line.value)}</dd>`,
  )
  return `<section class="panel status" data-status="${view.status.state}">
<h2>${escapeHtml(view.status.title)}</h2>
<dl class="status-list">${lines.join('')}</dl>
<p class="derived">${escapeHtml(view.status.note)}</p>
</section>`
}

function verificationHtml(view: ReportView, pending: boolean): string {
  const { verification } = view
  const words = reportLabels(view.lang).verification
  const state = pending ? 'pending' : verification.state
  const message = pending ? words.pending : verification.message
  const problems =
    pending || verification.problems.length === 0
      ? ''
      : `\n<ul class="verification-problems">${verification.problems.map((problem) => `<li>${bdi(problem)}</li>`).join('')}</ul>`
  const noScript = pending ? `\n<noscript><p>${escapeHtml(words.noScript)}</p></noscript>` : ''
  return `<section id="verification" class="panel" data-state="${state}" aria-live="polite">
<h2>${escapeHtml(verification.title)}</h2>
<p class="verification-message">${bdi(message)}</p>${problems}${noScript}
</section>`
}

function basicHtml(view: ReportView): string {
  const rows = view.basic.fields.map((field) => {
    const hook =
      field.seq === undefined ? '' : ` data-seq="${field.seq}" data-section="${field.section}"`
    const failed = field.problems.length > 0 ? ' class="failed"' : ''
    const original =
      field.note === undefined ? '' : `<span class="original">${bdi(field.note)}</span>`
    const problems = field.problems.map(
      (problem) => `<span class="notes"><span class="problem">${bdi(problem)}</span></span>`,
    )
    return `<tr${hook}${failed}><th scope="row">${escapeHtml(field.label)}</th><td>${bdi(field.value)}${original}${problems.join('')}</td></tr>`
  })
  return `<section class="block" id="block-basic">
<h2>${escapeHtml(view.basic.title)}</h2>
<table class="fields"><tbody>
${rows.join('\n')}
</tbody></table>${footnotes(view.basic.footnotes)}
</section>`
}

function tableHtml(table: TableView, view: ReportView): string {
  const title = `<h2>${escapeHtml(table.title)}</h2>`
  if (table.rows.length === 0) {
    return `<section class="block empty-block" id="block-${table.block}">${title}<p class="empty">${escapeHtml(view.empty)}</p></section>`
  }
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`)
  return `<section class="block" id="block-${table.block}">
${title}
<table class="records">
<thead><tr>${head.join('')}</tr></thead>
<tbody>
${table.rows.map((row) => rowHtml(row, table)).join('\n')}
</tbody>
</table>${footnotes(table.footnotes)}
</section>`
}

// Short values keep to one line; long texts take a whole line when a row reflows on a phone.
const NARROW = new Set<ReportColumn>([
  'date',
  'year',
  'listedOn',
  'removedOn',
  'decisionNo',
  'level',
  'result',
  'grade',
])
const WIDE = new Set<ReportColumn>([
  'facts',
  'details',
  'concerns',
  'basis',
  'title',
  'listReason',
  'removalReason',
])

function rowHtml(row: RowView, table: TableView): string {
  const cells = row.cells.map((cell, index) => {
    const key = table.columnKeys[index]
    const kind = key === undefined ? '' : NARROW.has(key) ? 'nowrap' : WIDE.has(key) ? 'wide' : ''
    return cellHtml(cell, table.columns[index] ?? '', row, kind)
  })
  const notes = [
    ...row.extra.map((line) => `<p class="extra">${bdi(line)}</p>`),
    ...row.notes.map((note) => `<p class="note">${bdi(note)}</p>`),
    ...row.problems.map((problem) => `<p class="problem">${bdi(problem)}</p>`),
  ]
  const label = escapeHtml(table.columns.at(-1) ?? '')
  const notesCell =
    notes.length === 0
      ? `<td class="blank" data-label="${label}"></td>`
      : `<td class="notes" data-label="${label}">${notes.join('')}</td>`
  const failed = row.problems.length > 0 ? ' class="failed"' : ''
  return `<tr data-seq="${row.seq}" data-section="${row.section}"${failed}>${cells.join('')}${notesCell}</tr>`
}

function cellHtml(cell: CellView, column: string, row: RowView, kind: string): string {
  const label = ` data-label="${escapeHtml(column)}"`
  const hook = cell.seq === undefined ? '' : ` data-seq="${cell.seq}" data-section="${row.section}"`
  if (cell.text === '') return `<td class="blank"${label}${hook}></td>`
  const original = cell.note === undefined ? '' : `<span class="original">${bdi(cell.note)}</span>`
  const classes = kind === '' ? '' : ` class="${kind}"`
  return `<td${classes}${label}${hook}>${bdi(cell.text)}${original}</td>`
}

function footnotes(lines: readonly string[]): string {
  if (lines.length === 0) return ''
  return `\n<ul class="footnotes">${lines.map((line) => `<li>${bdi(line)}</li>`).join('')}</ul>`
}

// The seq and the leaf hash on one line each; the item's name wide enough to read.
const DETAIL_CLASS = [
  ' class="nowrap"',
  ' class="item-name"',
  ' class="hash nowrap"',
  ' class="lines"',
  ' class="hash lines"',
]

function detailsHtml(view: ReportView): string {
  const { details } = view
  const facts = details.facts.map(
    (fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${bdi(fact.value)}</dd>`,
  )
  const head = details.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`)
  const rows = details.rows.map(
    (row) =>
      `<tr>${row.cells.map((cell, index) => `<td${DETAIL_CLASS[index] ?? ''}>${bdi(cell)}</td>`).join('')}</tr>`,
  )
  const issues =
    details.issues.length === 0
      ? ''
      : `\n<h3>${escapeHtml(reportLabels(view.lang).details.issues)}</h3>\n<ul>${details.issues.map((issue) => `<li class="hash">${bdi(issue)}</li>`).join('')}</ul>`
  return `<details class="verification-details">
<summary>${escapeHtml(details.title)}</summary>
<p>${escapeHtml(details.intro)}</p>
<dl>${facts.join('')}</dl>
<h3>${escapeHtml(reportLabels(view.lang).details.items)}</h3>
<div class="scroll"><table>
<thead><tr>${head.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>${issues}
</details>`
}
