import type { PublicReport } from '../../disclosure'
import type { Language } from '../../language'
import { escapeHtml } from './html'
import { HEADER_STYLE, type Here, href, siteHeader } from './pageLayout'
import { pageWords } from './pageWords'
import { renderReport } from './renderReport'

/** Where the verifier's script is served. */
export const VERIFIER_PATH = '/assets/verify-report-page.js'

// The report's own column is 68rem wide: the header and the day form stand in the same column.
const TOOLS_STYLE = `${HEADER_STYLE}
.tools{max-width:68rem;margin:0 auto;padding:.25rem 1rem 0;box-sizing:border-box}
form.day{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline;margin:.5rem 0}form.day input,form.day button{font:inherit;padding:.2rem .5rem}`

/**
 * An organization's page: the public report as the library renders it, with the site's
 * header, a form to choose the day, and a link to the report with its proofs as JSON.
 */
export function organizationPage(
  report: PublicReport,
  options: {
    readonly lang: Language
    readonly today: string
    readonly publicKey: string
    readonly script: boolean
  },
): string {
  const { lang } = options
  const words = pageWords[lang].report
  const path = `/organizations/${encodeURIComponent(report.org)}`
  // Today's page switches language to today's, whatever day that is by then.
  const here: Here = {
    path,
    params: { on: report.asOf === options.today ? undefined : report.asOf },
  }
  const jsonPath = `/api/organizations/${encodeURIComponent(report.org)}/report`
  const tools = `<div class="tools">${siteHeader(lang, here)}
<form class="day" method="get" action="${escapeHtml(path)}"><label>${escapeHtml(words.asOf)} <input type="date" name="on" value="${escapeHtml(report.asOf)}" max="${escapeHtml(options.today)}" required></label>${
    lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''
  }<button>${escapeHtml(words.button)}</button> <a href="${escapeHtml(href(jsonPath, { on: report.asOf }, 'zh-CN'))}">${escapeHtml(words.json)}</a></form></div>`
  const page = renderReport(report, {
    lang,
    publicKey: options.publicKey,
    ...(options.script ? { verifierScript: VERIFIER_PATH } : {}),
  })
  // The renderer makes a whole document; the header goes first in its body, its style last in
  // its head.
  return page
    .replace('</head>', () => `<style>${TOOLS_STYLE}</style>\n</head>`)
    .replace(/<body([^>]*)>/, (body) => `${body}\n${tools}`)
}
