import type { Result } from '../errors'
import type { PublicReport } from './publicReport'
import type { ReportLanguage } from './reportLabels'
import { type ItemView, reportView } from './reportView'
import { stripBidiControls } from './stripBidiControls'
import type { ReportVerification } from './verifyReport'

const STYLE = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{color:#555}dl.facts dd{margin:0;font-family:ui-monospace,monospace;word-break:break-all}
.verification{padding:.75rem 1rem;border-radius:.4rem;margin:1rem 0}.verified{background:#e6f4ea;border:1px solid #2e7d32}.failed{background:#fdecea;border:1px solid #c62828}.unverified{background:#f4f4f4;border:1px solid #999}
.item{border:1px solid #ddd;border-radius:.4rem;padding:.5rem .75rem;margin:.5rem 0}.item.bad{border-color:#c62828;background:#fff6f6}
.item h3{font-size:1rem;margin:0 0 .3rem}.item table{border-collapse:collapse}.item th{text-align:left;font-weight:normal;color:#555;padding-right:1rem;vertical-align:top}
.original{color:#777;font-size:.9em}.migrated{color:#555;font-size:.9em;margin:0 0 .3rem}.note{color:#8a4b00}.problem{color:#c62828}.empty{color:#777}`

/**
 * A public report as one self-contained HTML page (inline CSS, no script, no external
 * resource), in Chinese or English, with the verification result shown at the top and beside
 * every item that failed. Every text from the report is escaped, stripped of bidi controls and
 * isolated in a `<bdi>`. Throws `LedgerError` (`INVALID_INPUT`) for anything but a report.
 *
 * @example
 * await writeFile('report.html', renderReportHtml(report, { lang: 'zh-CN', verification }))
 */
export function renderReportHtml(
  report: PublicReport,
  options: { readonly lang: ReportLanguage; readonly verification?: Result<ReportVerification> },
): string {
  const view = reportView(report, options)
  const heading = view.name === null ? view.title : `${view.name} — ${view.title}`
  const facts = view.facts.map(
    (fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${bdi(fact.value)}</dd>`,
  )
  const [first = '', ...rest] = view.verification.lines
  const details =
    rest.length === 0 ? '' : `<ul>${rest.map((line) => `<li>${bdi(line)}</li>`).join('')}</ul>`
  const sections = view.sections.map(
    (section) =>
      `<section><h2>${escapeHtml(section.title)}</h2>${
        section.items.length === 0
          ? `<p class="empty">${escapeHtml(view.empty)}</p>`
          : section.items.map(itemHtml).join('\n')
      }</section>`,
  )
  return `<!DOCTYPE html>
<html lang="${escapeHtml(view.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(stripBidiControls(heading))}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${bdi(heading)}</h1>
<dl class="facts">${facts.join('')}</dl>
<div class="verification ${view.verification.state}"><strong>${bdi(first)}</strong>${details}</div>
${sections.join('\n')}
</body>
</html>
`
}

function itemHtml(item: ItemView): string {
  const rows = item.fields.map(
    (field) =>
      `<tr><th>${bdi(field.label)}</th><td>${bdi(field.value)}${
        field.note === undefined ? '' : ` <span class="original">${bdi(field.note)}</span>`
      }</td></tr>`,
  )
  const notes = item.notes.map((note) => `<li class="note">${bdi(note)}</li>`)
  const problems = item.problems.map((problem) => `<li class="problem">${bdi(problem)}</li>`)
  const list =
    notes.length + problems.length === 0 ? '' : `<ul>${[...notes, ...problems].join('')}</ul>`
  const migrated =
    item.migrated === undefined ? '' : `<p class="migrated">${bdi(item.migrated)}</p>`
  return `<article class="item${item.problems.length > 0 ? ' bad' : ''}"><h3>${bdi(item.heading)}</h3>${migrated}<table>${rows.join('')}</table>${list}</article>`
}

// Each value in its own bidi isolate, so a right-to-left override in one cannot reorder the
// text around it; the controls themselves are dropped, since no field needs them.
function bdi(text: string): string {
  return `<bdi>${escapeHtml(stripBidiControls(text))}</bdi>`
}

// Safe in element content and in quoted attribute values.
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
