import type { Result } from '../../errors'
import type { Language } from '../../language'
import { basicInformation, type FieldView } from '../report/basicInformation'
import type { PublicReport } from '../report/publicReport'
import {
  blockLayout,
  type ReportBlock,
  type ReportColumn,
  reportBlocks,
} from '../report/reportBlocks'
import { reportDay } from '../report/reportDay'
import type { ReportItem } from '../report/reportItem'
import { blockRows, type RowView } from '../report/reportRows'
import { type ReportSection, reportSections } from '../report/reportSections'
import { type ReportStatus, reportStatus } from '../report/reportStatus'
import { type VerificationView, verificationView } from '../verify/verificationView'
import type { ReportVerification } from '../verify/verifyReport'
import { checkRenderInput } from './checkRenderInput'
import { noteText, titleOf } from './noteText'
import { type DetailsView, reportDetails } from './reportDetails'
import { type ReportLabels, reportLabels } from './reportLabels'

/** One line of the standing: a label, a value, and whether it speaks for or against. */
export interface StatusLine {
  readonly label: string
  readonly value: string
  readonly tone: 'good' | 'bad' | 'neutral'
}

/** A table of the page: its heading, columns (the notes column last) and rows. */
export interface TableView {
  readonly block: ReportBlock
  readonly section: ReportSection
  readonly title: string
  readonly columns: readonly string[]
  /** Which column each cell of a row is, the notes column apart. */
  readonly columnKeys: readonly ReportColumn[]
  readonly rows: readonly RowView[]
  /** Said once under the table, such as that some fields are not public. */
  readonly footnotes: readonly string[]
}

/** A report as people read it, in one language: what the text and HTML renderers print. */
export interface ReportView {
  readonly lang: Language
  readonly title: string
  /** The organization's name as it stands on the report's day, when the report shows it. */
  readonly name: string | null
  readonly org: { readonly label: string; readonly value: string }
  readonly asOf: { readonly label: string; readonly value: string }
  /** What an empty table says. */
  readonly empty: string
  readonly status: {
    readonly title: string
    readonly state: ReportStatus['state']
    readonly lines: readonly StatusLine[]
    /** What the standing was worked out from. */
    readonly note: string
  }
  readonly verification: VerificationView & { readonly title: string }
  readonly basic: {
    readonly title: string
    readonly fields: readonly (FieldView & { readonly problems: readonly string[] })[]
    readonly footnotes: readonly string[]
  }
  readonly tables: readonly TableView[]
  readonly details: DetailsView & { readonly title: string; readonly intro: string }
}

/**
 * The report laid out as the national platform presents a record: the organization's standing
 * on the report's day, the basic information in the platform's order, then one compact table
 * per kind of record, with corrected values beside the originals and notes such as "under
 * objection since D"; the verification result in words; and, apart, the details for those who
 * check (seq numbers, leaf hashes, the policy hash, rules). `lang` is read through
 * `languageOf`, so `zh` lays out as `zh-CN`. Throws `LedgerError` (`INVALID_INPUT`) for
 * anything but a report, or a `lang` that is not a language (`unknown_language`).
 */
export function reportView(
  report: PublicReport,
  options: { readonly lang: Language; readonly verification?: Result<ReportVerification> },
): ReportView {
  const lang = checkRenderInput(report, options)
  const labels = reportLabels(lang)
  const all = reportSections.flatMap((section) => report.sections[section])
  const bySeq = new Map(all.map((item) => [item.entry.seq, item]))
  const verification = verificationView(options.verification, report, labels)
  const basic = basicInformation(report, labels, bySeq)
  const context = { labels, bySeq, problems: verification.bySeq }
  const tables = reportBlocks
    .filter((block) => block !== 'basic')
    .map((block): TableView => {
      const { section, columns } = blockLayout[block]
      const rows = blockRows(block, report.sections[section], context)
      return {
        block,
        section,
        title: labels.blocks[block],
        columns: [...columns.map((column) => labels.columns[column]), labels.columns.notes],
        columnKeys: columns,
        rows,
        footnotes: rows.some((row) => row.withheld) ? [labels.withheldFootnote] : [],
      }
    })
  const standing = reportStatus(report, bySeq)
  const asOf = reportDay(report.asOf)
  return {
    lang,
    title: labels.title,
    name: basic.name,
    org: { label: basic.orgLabel, value: report.org },
    asOf: { label: labels.asOf, value: labels.date(asOf) },
    empty: labels.empty,
    status: {
      title: labels.status.title,
      state: standing.state,
      lines: statusLines(standing, labels),
      note: labels.status.derived(asOf),
    },
    verification: { ...verification, title: labels.verification.title },
    basic: {
      title: labels.blocks.basic,
      fields: basic.fields.map((field) => ({
        ...field,
        problems: field.seq === undefined ? [] : (verification.bySeq.get(field.seq) ?? []),
      })),
      footnotes: basicFootnotes(report.sections.basic, labels, bySeq),
    },
    tables,
    details: {
      ...reportDetails(report, labels, verification),
      title: labels.details.summary,
      intro: labels.details.intro,
    },
  }
}

function statusLines(status: ReportStatus, labels: ReportLabels): StatusLine[] {
  const words = labels.status
  const state = words.states[status.state]
  const lines: StatusLine[] = [
    {
      label: words.registration,
      value: status.closedOn === undefined ? state : words.closedOn(state, status.closedOn),
      tone: status.state === 'active' ? 'good' : status.state === 'unknown' ? 'neutral' : 'bad',
    },
  ]
  const list = (label: string, since: string | undefined): StatusLine => ({
    label,
    value: since === undefined ? words.notListed : words.listed(since),
    tone: since === undefined ? 'good' : 'bad',
  })
  lines.push(list(words.abnormal, status.abnormalSince), list(words.serious, status.seriousSince))
  if (status.debtorSince !== undefined) lines.push(list(words.debtor, status.debtorSince))
  lines.push({
    label: words.grade,
    value:
      status.grade === undefined
        ? words.noGrade
        : words.gradeValid(status.grade.grade, status.grade.validTo),
    tone: status.grade === undefined ? 'neutral' : 'good',
  })
  return lines
}

// What bears on the registration, the recognition or the qualification, and any migration.
function basicFootnotes(
  items: readonly ReportItem[],
  labels: ReportLabels,
  bySeq: ReadonlyMap<number, ReportItem>,
): string[] {
  return items.flatMap((item) => {
    const title = titleOf(item.entry.type, labels)
    const lines = item.notes.map((note) => noteText(note.seq, note.on, labels, bySeq))
    const { migrated } = item.entry
    if (migrated !== undefined) {
      lines.push(labels.migrated(reportDay(migrated.recordedAt), migrated.source))
    }
    return lines.map((line) => `${line}${labels.aside(title)}`)
  })
}
