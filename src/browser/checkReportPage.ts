import { verifyReport } from '../disclosure'
import { reportProblems } from './reportProblems'
import { verificationWords } from './verificationWords'

/** What a report page holds for its own check, as text read from the page. */
export interface ReportPage {
  /** The text of `<script type="application/json" id="report-json">`. */
  readonly reportJson: string | null | undefined
  /** The content of `<meta name="integrity-ledger-public-key">`: the log's verifier key. */
  readonly publicKey: string | null | undefined
  /** `<html lang>`: `zh-CN` (or any `zh`) for Chinese, anything else for English. */
  readonly lang: string
}

/** The outcome of a page's check, worded for its readers. */
export interface PageVerification {
  readonly state: 'verified' | 'failed'
  /** One sentence, for where a reader looks first. */
  readonly message: string
  /** One sentence per problem; none when verified. */
  readonly problems: readonly string[]
  /** The `seq` of every report item that failed, to mark its row. */
  readonly tampered: readonly number[]
}

/**
 * Checks the report a page carries against the log key it names, with `verifyReport`, and
 * words the outcome in the page's language, naming each item that failed. Pure and without
 * the DOM, so it runs anywhere; it never throws.
 *
 * @example
 * checkReportPage({ reportJson, publicKey, lang: 'zh-CN' }).message
 * // '已核验：本报告与签名检查点一致（日志 412 个条目）'
 */
export function checkReportPage(page: ReportPage): PageVerification {
  const words = verificationWords(typeof page?.lang === 'string' ? page.lang : '')
  const failed = (problems: readonly string[], tampered: readonly number[] = []) => ({
    state: 'failed' as const,
    message: words.failed(problems[0] ?? words.malformed, problems.length),
    problems,
    tampered,
  })
  try {
    const { reportJson, publicKey } = page
    if (typeof reportJson !== 'string' || reportJson.trim() === '') return failed([words.noReport])
    if (typeof publicKey !== 'string' || publicKey.trim() === '') return failed([words.noKey])
    let report: unknown
    try {
      report = JSON.parse(reportJson)
    } catch {
      return failed([words.notJson])
    }
    const checked = verifyReport(report, { publicKey: publicKey.trim() })
    if (checked.success) {
      const message = words.verified(checked.data.checkpoint.size)
      return { state: 'verified', message, problems: [], tampered: [] }
    }
    const { problems, tampered } = reportProblems(report, checked.issues, words)
    return failed(problems, tampered)
  } catch (error) {
    return failed([words.crashed(error instanceof Error ? error.message : String(error))])
  }
}
