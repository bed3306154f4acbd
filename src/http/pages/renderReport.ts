import { type PublicReport, renderReportHtml } from '../../disclosure'
import type { PageLanguage } from '../queryIssue'

/** What the report page asks of the renderer: the language, and the verifier it loads. */
export interface ReportRendering {
  readonly lang: PageLanguage
  /** Where the browser verifier's module script is served, when it is. */
  readonly verifierScript?: string
  /** The log's verifier key text the script checks the report against. */
  readonly publicKey: string
}

// `renderReportHtml` is gaining the `verifierScript` and `publicKey` options; until it has
// them it ignores them and renders the page without a script, which still reads as "not
// verified". Once it takes them, this becomes a plain call.
const render = renderReportHtml as (report: PublicReport, options: ReportRendering) => string

/** The report as a whole HTML page from the library's renderer. */
export function renderReport(report: PublicReport, options: ReportRendering): string {
  return render(report, options)
}
