import { fromZodIssues } from '../_internal/issues'
import { type Issue, LedgerError, type Result } from '../errors'
import { parseCheckpoint } from '../proof'
import { contentLeaves, contentOf } from '../proof/commitment/contentLeaves'
import { dayOf } from '../time'
import { forbiddenKeyIssues } from './forbiddenKeyIssues'
import { fieldLabel, formatValue } from './formatValue'
import { noteText, titleOf } from './noteText'
import type { PublicReport } from './publicReport'
import type { ReportItem } from './reportItem'
import { type ReportLabels, type ReportLanguage, reportLabels } from './reportLabels'
import { publicReportSchema } from './reportSchema'
import { reportSections } from './reportSections'
import type { ReportVerification } from './verifyReport'

/** One item as people read it. */
export interface ItemView {
  readonly heading: string
  readonly fields: readonly {
    readonly label: string
    readonly value: string
    readonly note?: string
  }[]
  readonly notes: readonly string[]
  /** For an entry carried over from another system: when and by which it was first recorded. */
  readonly migrated?: string
  /** Why the item failed verification, when it did. */
  readonly problems: readonly string[]
}

/** A report as people read it, in one language: what the text and HTML renderers print. */
export interface ReportView {
  readonly lang: ReportLanguage
  readonly title: string
  readonly name: string | null
  /** What an empty section says. */
  readonly empty: string
  readonly facts: readonly { readonly label: string; readonly value: string }[]
  readonly verification: {
    readonly state: 'verified' | 'failed' | 'unverified'
    readonly lines: readonly string[]
  }
  readonly sections: readonly { readonly title: string; readonly items: readonly ItemView[] }[]
}

/**
 * The report laid out for reading: facts about the report, the verification result, and each
 * section's items with their shown fields, corrected values beside the originals, and notes
 * such as "under objection since D" or "personal data erased on D under B".
 */
export function reportView(
  report: PublicReport,
  options: { readonly lang: ReportLanguage; readonly verification?: Result<ReportVerification> },
): ReportView {
  checkRenderInput(report, options)
  const labels = reportLabels[options.lang]
  const all = reportSections.flatMap((section) => report.sections[section])
  const bySeq = new Map(all.map((item) => [item.entry.seq, item]))
  const problems = problemsByItem(options.verification)
  const checkpoint = parseCheckpoint(report.checkpoint)
  const registration = report.sections.basic.find(
    (item) => typeof item.entry.data?.name === 'string',
  )
  return {
    lang: options.lang,
    title: labels.title,
    empty: labels.empty,
    name:
      registration === undefined ? null : String(currentValue(registration, 'name', bySeq).value),
    facts: [
      { label: labels.org, value: report.org },
      { label: labels.asOf, value: report.asOf },
      {
        label: labels.checkpoint,
        value: checkpoint.success ? `${checkpoint.data.origin} · ${checkpoint.data.size}` : '—',
      },
      {
        label: labels.policy,
        value: `${report.policy.id} (${report.policy.version}) ${report.policy.hash.slice(0, 16)}…`,
      },
    ],
    verification: verificationLines(options.verification, labels),
    sections: reportSections.map((section) => ({
      title: labels.sections[section],
      items: report.sections[section].map((item, index) =>
        itemView(item, labels, bySeq, problems.get(`${section}:${index}`) ?? []),
      ),
    })),
  }
}

function itemView(
  item: ReportItem,
  labels: ReportLabels,
  bySeq: ReadonlyMap<number, ReportItem>,
  problems: readonly string[],
): ItemView {
  const { entry } = item
  const title = titleOf(entry.type, labels)
  const heading = [entry.effectiveAt.slice(0, 10), title, entry.ref].filter(Boolean).join(' · ')
  const fields: { label: string; value: string; note?: string }[] = []
  for (const [key, value] of Object.entries(entry.data ?? {})) {
    const current = currentValue(item, key, bySeq)
    const field: { label: string; value: string; note?: string } = {
      label: fieldLabel(key, labels),
      value: formatValue(current.value, labels),
    }
    if (current.by !== undefined) {
      field.note = labels.originally(formatValue(value, labels), current.by)
    }
    fields.push(field)
  }
  fields.push(...peopleFields(item, labels))
  if (entry.by !== undefined) fields.push({ label: fieldLabel('by', labels), value: entry.by })
  const notes = item.notes.map((note) => noteText(note.seq, note.on, labels, bySeq))
  const shown = contentLeaves(contentOf(entry)).length
  if (entry.commitments !== undefined && contentLeaves(entry.commitments).length > shown) {
    notes.push(labels.withheld)
  }
  const view = { heading: `${heading} (${labels.entry} ${entry.seq})`, fields, notes, problems }
  if (entry.migrated === undefined) return view
  const { recordedAt, source } = entry.migrated
  return { ...view, migrated: labels.migrated(dayOf(recordedAt), source) }
}

// One line per person shown: the role as the label (法定代表人), the name and any other
// field shown as the value.
function peopleFields(item: ReportItem, labels: ReportLabels): { label: string; value: string }[] {
  const people = new Map<number, Partial<Record<string, string>>>()
  for (const { index, field, value } of item.people?.shown ?? []) {
    people.set(index, { ...people.get(index), [field]: value })
  }
  return [...people.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, person]) => ({
      label: person.role === undefined ? labels.person : formatValue(person.role, labels),
      value: [
        person.name ?? '—',
        person.idNumber === undefined ? '' : `${labels.idNumber} ${person.idNumber}`,
      ]
        .filter((part) => part !== '')
        .join(' · '),
    }))
}

// A payload field after the corrections the report shows, later ones winning, and the last
// correction that changed it.
function currentValue(
  item: ReportItem,
  key: string,
  bySeq: ReadonlyMap<number, ReportItem>,
): { value: unknown; by?: number } {
  let current: { value: unknown; by?: number } = { value: item.entry.data?.[key] }
  for (const note of item.notes) {
    const correction = bySeq.get(note.seq)?.entry
    const fields = correction?.type === 'EntryCorrected' ? correction.data?.fields : undefined
    if (typeof fields === 'object' && fields !== null && Object.hasOwn(fields, key)) {
      current = { value: (fields as Record<string, unknown>)[key], by: note.seq }
    }
  }
  return current
}

function verificationLines(
  verification: Result<ReportVerification> | undefined,
  labels: ReportLabels,
): ReportView['verification'] {
  if (verification === undefined) return { state: 'unverified', lines: [labels.unverified] }
  if (verification.success) {
    const { items, checkpoint } = verification.data
    return {
      state: 'verified',
      lines: [labels.verified(items, checkpoint.origin, checkpoint.size)],
    }
  }
  return {
    state: 'failed',
    lines: [
      labels.failed(verification.issues.length),
      ...verification.issues.map((issue) => issue.message),
    ],
  }
}

function problemsByItem(
  verification: Result<ReportVerification> | undefined,
): Map<string, string[]> {
  const problems = new Map<string, string[]>()
  if (verification === undefined || verification.success) return problems
  for (const issue of verification.issues as readonly Issue[]) {
    const [first, section, index] = issue.path
    if (first !== 'sections' || typeof index !== 'number') continue
    const key = `${String(section)}:${index}`
    problems.set(key, [...(problems.get(key) ?? []), issue.message])
  }
  return problems
}

// A renderer is given what it is given: anything but a report, or a report holding a key that
// a verifier refuses, is misuse, and says so with a code rather than a TypeError.
function checkRenderInput(report: unknown, options: unknown): void {
  const lang = (options as { lang?: unknown } | null | undefined)?.lang
  if (typeof options !== 'object' || options === null || (lang !== 'zh-CN' && lang !== 'en')) {
    const message = 'render options need lang: "zh-CN" or "en"'
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'invalid_options', path: ['lang'], message },
    ])
  }
  const forbidden = forbiddenKeyIssues(report)
  const parsed = forbidden.length > 0 ? undefined : publicReportSchema.safeParse(report)
  const issues =
    parsed === undefined ? forbidden : parsed.success ? [] : fromZodIssues(parsed.error.issues)
  if (issues.length > 0) {
    throw new LedgerError('INVALID_INPUT', 'not a public report', issues)
  }
}
