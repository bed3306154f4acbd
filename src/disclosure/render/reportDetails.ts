import { parseCheckpoint, toHex } from '../../proof'
import type { PublicReport } from '../report/publicReport'
import { reportSections } from '../report/reportSections'
import type { VerificationView } from '../verify/verificationView'
import { fieldLabel, formatValue } from './formatValue'
import { itemName } from './itemName'
import type { ReportLabels } from './reportLabels'

/** What those who check a report need and a citizen does not: positions, hashes and rules. */
export interface DetailsView {
  readonly facts: readonly { readonly label: string; readonly value: string }[]
  readonly columns: readonly string[]
  /**
   * One row per item: seq, section and item, leaf hash, recorded by and at, the rest; the
   * last two one part a line.
   */
  readonly rows: readonly { readonly seq: number; readonly cells: readonly string[] }[]
  /** Each issue as `code` at its path, with the verifier's message on the English page. */
  readonly issues: readonly string[]
}

// Payload fields that hold seq numbers, digests or the audience a disclosure declared.
const INTERNAL_FIELDS = ['basedOn', 'penalty', 'disputes', 'documentSha256', 'visibility']

/**
 * The verification details of a report: the checkpoint and the policy in full, and for every
 * item its seq, its leaf hash, who recorded it when, and the rule, entries and digests it
 * cites, none of which the citizen's view shows.
 */
export function reportDetails(
  report: PublicReport,
  labels: ReportLabels,
  verification: VerificationView,
): DetailsView {
  const words = labels.details
  const checkpoint = parseCheckpoint(report.checkpoint)
  const facts = [
    { label: words.format, value: report.format },
    ...(checkpoint.success
      ? [
          { label: words.origin, value: checkpoint.data.origin },
          { label: words.size, value: String(checkpoint.data.size) },
          { label: words.root, value: toHex(checkpoint.data.root) },
        ]
      : []),
    { label: words.policy, value: `${report.policy.id}${labels.aside(report.policy.version)}` },
    { label: words.policyHash, value: report.policy.hash },
  ]
  const rows = reportSections.flatMap((section) =>
    report.sections[section].map((item) => {
      const { entry } = item
      const other: string[] = []
      const add = (label: string, value: unknown) => {
        if (value === undefined) return
        const text = Array.isArray(value)
          ? value.map(String).join(labels.listSeparator)
          : typeof value === 'string'
            ? formatValue(value, labels)
            : String(value)
        other.push(`${label}${labels.colon}${text}`)
      }
      const cause = entry.cause as
        | { rule?: unknown; inputs?: unknown; policy?: unknown }
        | undefined
      add(words.rule, cause?.rule)
      add(words.inputs, cause?.inputs)
      add(words.rulePolicy, cause?.policy)
      add(words.amends, entry.amends)
      for (const key of INTERNAL_FIELDS) {
        if (entry.data !== undefined && Object.hasOwn(entry.data, key))
          add(fieldLabel(key, labels), entry.data[key])
      }
      const recorded = [entry.by, entry.recordedAt].filter((part) => part !== undefined)
      return {
        seq: entry.seq,
        cells: [
          String(entry.seq),
          `${labels.sections[section]}${labels.colon}${itemName(item, labels)}`,
          item.proof.leafHash,
          recorded.join('\n'),
          other.join('\n'),
        ],
      }
    }),
  )
  const issues = verification.issues.map((issue) => {
    const where = `${issue.code} @ ${issue.path.join('.') || '—'}`
    return labels.language === 'en' ? `${where}: ${issue.message}` : where
  })
  return {
    facts,
    columns: [words.seq, words.item, words.leaf, words.recorded, words.other],
    rows,
    issues,
  }
}
