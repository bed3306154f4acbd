import { type ReportSection, reportSections } from '../disclosure'
import type { Issue } from '../errors'
import { dayOf, isIsoDate, isIsoInstant } from '../time'
import type { VerificationWords } from './verificationWords'

/** What a failed check means to a reader: one sentence per problem, and the items that failed. */
export interface ReportProblems {
  /** Failed items first, in the report's order, then problems with the report as a whole. */
  readonly problems: readonly string[]
  /** The `seq` of every item that failed, for marking its row. */
  readonly tampered: readonly number[]
}

/**
 * Turns `verifyReport`'s issues into sentences for readers: an issue whose path leads into
 * `report.sections[section][index]` names that item by its place in its section, the
 * section and its day (several issues of one item make one problem); the others say what
 * failed of the report as a whole. `report` is read defensively, as the issues describe it.
 */
export function reportProblems(
  report: unknown,
  issues: readonly Issue[],
  words: VerificationWords,
): ReportProblems {
  const items: string[] = []
  const whole: string[] = []
  const seen = new Set<string>()
  const tampered: number[] = []
  for (const issue of issues) {
    const [root, section, index] = issue.path
    if (root === 'sections' && isSection(section) && typeof index === 'number') {
      const key = `${section}/${index}`
      if (seen.has(key)) continue
      seen.add(key)
      const entry = field(field(field(field(report, 'sections'), section), index), 'entry')
      const seq = field(entry, 'seq')
      if (Number.isSafeInteger(seq) && !tampered.includes(seq as number)) {
        tampered.push(seq as number)
      }
      items.push(words.itemChanged(index + 1, words.sections[section], dayIn(entry, words)))
    } else {
      const text = wholeReport(issue, words)
      if (!whole.includes(text)) whole.push(text)
    }
  }
  return { problems: [...items, ...whole], tampered }
}

function isSection(value: unknown): value is ReportSection {
  return (reportSections as readonly unknown[]).includes(value)
}

function wholeReport(issue: Issue, words: VerificationWords): string {
  if (issue.path[0] === 'checkpoint' || issue.code === 'invalid_options') return words.checkpoint
  if (issue.path[0] === 'statement') {
    return issue.code === 'statement_mismatch' ? words.statementChanged : words.statement
  }
  return words.malformed
}

// Own properties only: the report is whatever the page held, and may be hostile.
function field(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
  return (value as Record<string | number, unknown>)[key]
}

function dayIn(entry: unknown, words: VerificationWords): string | undefined {
  const at = field(entry, 'effectiveAt')
  if (typeof at !== 'string' || !(isIsoDate(at) || isIsoInstant(at))) return undefined
  const [year, month, day] = dayOf(at).split('-').map(Number) as [number, number, number]
  return words.day(year, month, day)
}
