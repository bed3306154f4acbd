import { contentLeaves, contentOf } from '../../proof'
import { noteText } from '../render/noteText'
import type { ReportLabels } from '../render/reportLabels'
import { blockCells } from './blockCells'
import { type CellView, ItemReader } from './itemReader'
import { blockLayout, blockOf, type ReportBlock } from './reportBlocks'
import { reportDay } from './reportDay'
import type { ReportItem } from './reportItem'
import type { ReportSection } from './reportSections'

/** One row of a table: one item, or a stay on a list with its listing and removal. */
export interface RowView {
  readonly seq: number
  readonly section: ReportSection
  /** One cell per column of the table, the notes column apart. */
  readonly cells: readonly CellView[]
  /** Shown fields no column takes, `label：value`, in a table without a details column. */
  readonly extra: readonly string[]
  /** What bears on the item: objections, corrections, removals, erasure, migration. */
  readonly notes: readonly string[]
  /** Why the item failed verification, in the page's language. */
  readonly problems: readonly string[]
  /** Whether the item has fields the public does not see. */
  readonly withheld: boolean
}

/** What building rows needs besides the items. */
export interface RowContext {
  readonly labels: ReportLabels
  readonly bySeq: ReadonlyMap<number, ReportItem>
  readonly problems: ReadonlyMap<number, readonly string[]>
}

const REMOVAL_OF: Readonly<Record<string, string>> = {
  ListedOnAbnormalList: 'RemovedFromAbnormalList',
  ListedOnSeriousList: 'RemovedFromSeriousList',
  DishonestDebtorListed: 'DishonestDebtorRemoved',
}

/** The rows of one table, in the order of the report's items. */
export function blockRows(
  block: ReportBlock,
  items: readonly ReportItem[],
  context: RowContext,
): RowView[] {
  const { section, columns } = blockLayout[block]
  const shown = items.filter((item) => blockOf(section, item.entry.type) === block)
  // A removal shown beside its listing is not a row of its own.
  const merged = new Map<number, ReportItem>()
  for (const item of shown) {
    const removal = removalOf(item, context.bySeq)
    if (removal !== undefined && blockOf(section, removal.entry.type) === block) {
      merged.set(item.entry.seq, removal)
    }
  }
  const beside = new Set([...merged.values()].map((item) => item.entry.seq))
  return shown
    .filter((item) => !beside.has(item.entry.seq))
    .map((item) => {
      const reader = new ItemReader(item, context.labels, context.bySeq)
      const removal = merged.get(item.entry.seq)
      const removalReader =
        removal === undefined ? undefined : new ItemReader(removal, context.labels, context.bySeq)
      const cells = blockCells(block, reader, removalReader, context)
      const rest = [...reader.rest(), ...(removalReader?.rest() ?? [])]
      const row = columns.map((column) => cells[column] ?? { text: '' })
      const detailsAt = columns.indexOf('details')
      const notes = notesOf(item, removal, context)
      if (detailsAt >= 0) {
        const details = row[detailsAt] as CellView
        const text = [details.text, ...rest]
          .filter((part) => part !== '')
          .join(context.labels.separator)
        row[detailsAt] = { ...details, text }
      }
      const problems = [item, ...(removal === undefined ? [] : [removal])].flatMap(
        (each) => context.problems.get(each.entry.seq) ?? [],
      )
      return {
        seq: item.entry.seq,
        section,
        cells: row,
        extra: detailsAt >= 0 ? [] : rest,
        notes,
        problems,
        withheld: withheld(item) || (removal !== undefined && withheld(removal)),
      }
    })
}

function removalOf(
  item: ReportItem,
  bySeq: ReadonlyMap<number, ReportItem>,
): ReportItem | undefined {
  const type = REMOVAL_OF[item.entry.type]
  if (type === undefined) return undefined
  const note = item.notes.find((each) => each.type === type)
  return note === undefined ? undefined : bySeq.get(note.seq)
}

// The notes beside an item: what amends or disputes it (but the removal shown in its own
// cells), and when another system first recorded it.
function notesOf(item: ReportItem, removal: ReportItem | undefined, context: RowContext): string[] {
  const { labels, bySeq } = context
  const notes = [item, ...(removal === undefined ? [] : [removal])].flatMap((each) =>
    each.notes
      .filter((note) => note.seq !== removal?.entry.seq)
      .map((note) => noteText(note.seq, note.on, labels, bySeq)),
  )
  for (const each of [item, removal]) {
    const migrated = each?.entry.migrated
    if (migrated !== undefined) {
      notes.push(labels.migrated(reportDay(migrated.recordedAt), migrated.source))
    }
  }
  return notes
}

function withheld(item: ReportItem): boolean {
  const { entry } = item
  if (entry.commitments === undefined) return false
  return contentLeaves(entry.commitments).length > contentLeaves(contentOf(entry)).length
}
