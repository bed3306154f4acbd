import * as z from 'zod/mini'
import { inEnglish } from '../../_internal/inEnglish'
import { fromZodIssues } from '../../_internal/issues'
import type { Issue, PlainIssueCode, Result } from '../../errors'
import { canonicalJson } from '../../events'
import {
  type Checkpoint,
  keyId,
  parseVerifierKey,
  type VerifierKey,
  verifyCheckpoint,
  verifyNote,
} from '../../proof'
import {
  type DisclosurePolicy,
  disclosurePolicyHash,
  type PolicyDocument,
  safeDisclosurePolicy,
} from '../../rules'
import { forbiddenKeyIssues } from '../report/forbiddenKeyIssues'
import { itemNotes } from '../report/itemNotes'
import type { PublicReport } from '../report/publicReport'
import { publicReportSchema } from '../report/reportSchema'
import { type ReportSection, reportSections } from '../report/reportSections'
import { reportStatementText } from '../report/reportStatement'
import { publicFieldIssues } from './publicFieldIssues'
import { verifyReportItem } from './verifyReportItem'

/** What `verifyReport` needs besides the report. */
export interface VerifyReportOptions {
  /** The log's key: verifier key text, or the raw 32-byte Ed25519 key named as the checkpoint's origin. */
  readonly publicKey: Uint8Array | string
  /** The log you expect; any other origin fails. */
  readonly origin?: string
  /**
   * When given (a disclosure policy, or a rules pack that carries one), the report must cite this policy and show no field it keeps from the public;
   * a policy its schema refuses is an `invalid_options` issue at `['options', 'policy', …]`.
   */
  readonly policy?: DisclosurePolicy | PolicyDocument
}

/** What a verified report established. */
export interface ReportVerification {
  readonly org: string
  readonly asOf: string
  readonly checkpoint: Checkpoint
  /** How many items were proved. */
  readonly items: number
}

/**
 * Checks a public report with nothing but the report and the log's key, in any JavaScript
 * runtime: the checkpoint's signature; for every item its section, organization and date,
 * each shown field against its commitment, and the inclusion proof against the checkpoint;
 * the notes against the items; and the signed statement over the whole report. Issues have
 * paths such as `['sections', 'penalties', 2, 'entry', 'data', 'facts']` and messages that
 * name the item and what is wrong with it. It never throws: any value for either argument
 * gives a result, and a report holding a key such as `__proto__` anywhere is refused.
 *
 * @example
 * const checked = verifyReport(report, { publicKey: 'jinshan.example/credit+1a2b3c4d+AX…' })
 * if (!checked.success) for (const issue of checked.issues) console.log(issue.message)
 */
export function verifyReport(
  report: unknown,
  options: VerifyReportOptions,
): Result<ReportVerification> {
  try {
    return verifyChecked(report, options)
  } catch (error) {
    // A last guard for what the checks below did not foresee: the contract is never to throw.
    const message = `the report could not be checked: ${error instanceof Error ? error.message : String(error)}`
    return { success: false, issues: [{ code: 'malformed_report', path: [], message }] }
  }
}

const optionsSchema = z.object({
  publicKey: z.union([z.string(), z.instanceof(Uint8Array)]),
  origin: z.optional(z.string()),
  policy: z.optional(z.unknown()),
})

// Issues with the options, in one shape: the argument is the options, whatever was wrong.
function optionIssues(issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({
    ...issue,
    code: 'invalid_options',
    path: ['options', ...issue.path],
    message: `the options: ${issue.message}`,
  }))
}

function verifyChecked(report: unknown, options: unknown): Result<ReportVerification> {
  const checkedOptions = optionsSchema.safeParse(options, inEnglish)
  if (!checkedOptions.success) {
    return { success: false, issues: optionIssues(fromZodIssues(checkedOptions.error.issues)) }
  }
  // The checked copy of the policy is what the report is judged by, never the object given.
  const givenPolicy = (options as { policy?: unknown }).policy
  const policy =
    givenPolicy === undefined ? undefined : safeDisclosurePolicy(givenPolicy, ['policy'])
  if (policy !== undefined && !policy.success) {
    return { success: false, issues: optionIssues(policy.issues) }
  }
  const forbidden = forbiddenKeyIssues(report)
  if (forbidden.length > 0) return { success: false, issues: forbidden }
  const parsed = publicReportSchema.safeParse(report, inEnglish)
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) }
  // The original, not zod's copy: renderers read the original, so it is what must be checked.
  const value = report as PublicReport
  const opts = options as VerifyReportOptions
  const checkpoint = verifyCheckpoint(
    value.checkpoint,
    opts.publicKey,
    opts.origin === undefined ? {} : { origin: opts.origin },
  )
  if (!checkpoint.success) {
    return {
      success: false,
      issues: checkpoint.issues.map((issue) => ({ ...issue, path: ['checkpoint', ...issue.path] })),
    }
  }
  const issues: Issue[] = []
  const items = reportSections.flatMap((section) =>
    value.sections[section].map((item, index) => ({ item, section, index })),
  )
  const seen = new Set<number>()
  for (const { item, section, index } of items) {
    issues.push(...verifyReportItem(item, { section, index }, value, checkpoint.data))
    if (seen.has(item.entry.seq)) {
      const message = `${section} item ${index} (entry ${item.entry.seq}): the entry is shown twice`
      issues.push(issueAt(section, index, 'duplicate', ['entry', 'seq'], message))
    }
    seen.add(item.entry.seq)
  }
  const notes = itemNotes(items.map(({ item }) => item.entry))
  for (const { item, section, index } of items) {
    if (canonicalJson(item.notes) !== canonicalJson(notes.get(item.entry.seq) ?? [])) {
      const message = `${section} item ${index} (entry ${item.entry.seq}): the notes do not follow from the report's entries`
      issues.push(issueAt(section, index, 'notes_changed', ['notes'], message))
    }
  }
  if (policy !== undefined) issues.push(...policyIssues(value, policy.data))
  issues.push(...statementIssues(value, opts.publicKey, checkpoint.data))
  if (issues.length > 0) return { success: false, issues }
  return {
    success: true,
    data: { org: value.org, asOf: value.asOf, checkpoint: checkpoint.data, items: items.length },
  }
}

function policyIssues(report: PublicReport, policy: DisclosurePolicy): Issue[] {
  const hash = disclosurePolicyHash(policy)
  if (report.policy.hash !== hash) {
    const message = `the report cites policy ${report.policy.hash.slice(0, 12)}…, not ${policy.id} (${hash.slice(0, 12)}…)`
    return [{ code: 'policy_mismatch', path: ['policy', 'hash'], message }]
  }
  return publicFieldIssues(report, policy)
}

function statementIssues(
  report: PublicReport,
  publicKey: Uint8Array | string,
  checkpoint: Checkpoint,
): Issue[] {
  const key = resolveKey(publicKey, checkpoint.origin)
  if (!key.success)
    return key.issues.map((issue) => ({ ...issue, path: ['statement', ...issue.path] }))
  const note = verifyNote(report.statement, key.data)
  if (!note.success)
    return note.issues.map((issue) => ({ ...issue, path: ['statement', ...issue.path] }))
  let expected: string
  try {
    expected = reportStatementText(report, checkpoint.size)
  } catch {
    expected = ''
  }
  if (note.data.text !== expected) {
    const message =
      'the signed statement does not match the report: something was changed after it was signed'
    return [{ code: 'statement_mismatch', path: ['statement'], message }]
  }
  return []
}

function resolveKey(publicKey: Uint8Array | string, name: string): Result<VerifierKey> {
  if (typeof publicKey === 'string') return parseVerifierKey(publicKey)
  return { success: true, data: { name, keyId: keyId(name, publicKey), publicKey } }
}

function issueAt(
  section: ReportSection,
  index: number,
  code: PlainIssueCode,
  path: (string | number)[],
  message: string,
): Issue {
  return { code, path: ['sections', section, index, ...path], message }
}
