import { type PublicReport, renderReportHtml } from '../../disclosure'
import type { Language } from '../../language'

/** What the report page asks of the renderer: the language, and the verifier it loads. */
export interface ReportRendering {
  readonly lang: Language
  /** Where the browser verifier's module script is served, when it is. */
  readonly verifierScript?: string
  /** The log's verifier key text the script checks the report against. */
  readonly publicKey: string
}

/**
 * The report as a whole HTML page from the library's renderer: with the verifier script and
 * the key it checks against when the service serves the script, else a page that reads "not
 * verified" (the renderer takes the key only together with a script).
 */
export function renderReport(report: PublicReport, options: ReportRendering): string {
  const { lang, verifierScript, publicKey } = options
  return renderReportHtml(
    report,
    verifierScript === undefined ? { lang } : { lang, verifierScript, publicKey },
  )
}
