import type { Issue, Result } from '../../errors'
import type { ReportLabels } from '../render/reportLabels'
import type { PublicReport } from '../report/publicReport'
import { issueText } from './issueText'
import type { ReportVerification } from './verifyReport'

/** A verification result as people read it, in the page's language. */
export interface VerificationView {
  readonly state: 'verified' | 'failed' | 'unverified'
  readonly message: string
  /** Each problem once, naming the item by day and title. */
  readonly problems: readonly string[]
  /** The problems of each item, by seq, to show beside it. */
  readonly bySeq: ReadonlyMap<number, readonly string[]>
  /** The issues as the verifier gave them, for the verification details. */
  readonly issues: readonly Issue[]
}

/**
 * The result of `verifyReport` in words: one line for the whole, every problem translated by
 * its issue code (the verifier's English messages name seq numbers and field paths, which
 * belong with the verification details), and the problems of each item.
 */
export function verificationView(
  verification: Result<ReportVerification> | undefined,
  report: PublicReport,
  labels: ReportLabels,
): VerificationView {
  const words = labels.verification
  if (verification === undefined) {
    return {
      state: 'unverified',
      message: words.unverified,
      problems: [],
      bySeq: new Map(),
      issues: [],
    }
  }
  if (verification.success) {
    const { items, checkpoint } = verification.data
    const message = words.verified(items, checkpoint.origin)
    return { state: 'verified', message, problems: [], bySeq: new Map(), issues: [] }
  }
  const end = labels.language === 'zh-CN' ? '。' : '.'
  const problems = new Set<string>()
  const bySeq = new Map<number, string[]>()
  for (const issue of verification.issues) {
    const text = issueText(issue, report, labels)
    const problem = `${text.problem}${end}`
    problems.add(
      text.subject === undefined
        ? capitalized(problem)
        : `${text.subject}${labels.colon}${problem}`,
    )
    if (text.seq !== undefined) {
      const those = bySeq.get(text.seq) ?? []
      const beside = words.itemFailed(problem)
      if (!those.includes(beside)) those.push(beside)
      bySeq.set(text.seq, those)
    }
  }
  return {
    state: 'failed',
    message: words.failed(problems.size),
    problems: [...problems],
    bySeq,
    issues: verification.issues,
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
