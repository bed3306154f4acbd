import { entryTypes, isEntryType } from '../../events'
import { fieldLabel, formatValue } from '../render/formatValue'
import { titleOf } from '../render/noteText'
import type { ReportLabels } from '../render/reportLabels'
import { currentValue } from './currentValue'
import { reportDay } from './reportDay'
import type { ReportItem } from './reportItem'

/** A cell of a table: a value in words, what it was before a correction, and whose it is. */
export interface CellView {
  readonly text: string
  /** The original value and the day it was corrected, beside a corrected value. */
  readonly note?: string
  /** For a cell showing another item than its row's (a removal beside its listing). */
  readonly seq?: number
}

// Fields for those who check, never for the citizen's view: they hold seq numbers, digests or
// the audience a disclosure declared (public, since it is shown). The details panel has them.
const INTERNAL_FIELDS = new Set(['basedOn', 'penalty', 'disputes', 'documentSha256', 'visibility'])

/**
 * Reads one item for a table row: each payload field as corrected and in words, once; then
 * whatever the row's columns did not take, so no public field goes unshown.
 */
export class ItemReader {
  readonly day: string
  readonly title: string
  private readonly used: Set<string> = new Set(INTERNAL_FIELDS)
  private peopleTaken = false

  constructor(
    readonly item: ReportItem,
    private readonly labels: ReportLabels,
    private readonly bySeq: ReadonlyMap<number, ReportItem>,
  ) {
    this.day = reportDay(item.entry.effectiveAt)
    this.title = titleOf(item.entry.type, labels)
  }

  /** The field as corrected, unformatted, taken by the caller. */
  value(key: string): unknown {
    this.used.add(key)
    return currentValue(this.item, key, this.bySeq).value
  }

  /** The field as corrected, unformatted, left for a column or the rest. */
  peek(key: string): unknown {
    return currentValue(this.item, key, this.bySeq).value
  }

  /** The field in words, with the original beside a corrected value; undefined when not shown. */
  field(key: string, format?: (value: unknown) => string): CellView | undefined {
    this.used.add(key)
    const current = currentValue(this.item, key, this.bySeq)
    if (current.value === undefined) return undefined
    const words = format ?? ((value: unknown) => formatValue(value, this.labels))
    const text = words(current.value)
    if (current.correctedOn === undefined) return { text }
    const original = this.item.entry.data?.[key]
    return { text, note: this.labels.originally(words(original), current.correctedOn) }
  }

  /** The first of `keys` shown, in words. */
  first(...keys: string[]): CellView | undefined {
    let found: CellView | undefined
    for (const key of keys) found ??= this.field(key)
    return found
  }

  /** The people the item shows, taken by the caller. */
  people(): ReturnType<typeof peopleShown> {
    this.peopleTaken = true
    return peopleShown(this.item, this.labels)
  }

  /** The item's day in words. */
  date(): CellView {
    return { text: this.labels.date(this.day) }
  }

  /** `label：value` for each shown field and person no column took. */
  rest(): string[] {
    const { labels } = this
    const lines: string[] = []
    for (const key of inSchemaOrder(
      this.item.entry.type,
      Object.keys(this.item.entry.data ?? {}),
    )) {
      if (this.used.has(key)) continue
      const cell = this.field(key)
      if (cell === undefined) continue
      const note = cell.note === undefined ? '' : labels.aside(cell.note)
      lines.push(`${fieldLabel(key, labels)}${labels.colon}${cell.text}${note}`)
    }
    for (const person of this.peopleTaken ? [] : peopleShown(this.item, labels)) {
      lines.push(`${person.label}${labels.colon}${person.value}`)
    }
    return lines
  }
}

/**
 * Payload keys in the order the entry type's schema declares them (reason before department),
 * rather than the canonical order the entry stores them in; unknown keys last.
 */
export function inSchemaOrder(type: string, keys: readonly string[]): string[] {
  const schema: unknown = isEntryType(type) ? entryTypes[type].data : undefined
  const shape = (schema as { shape?: unknown } | undefined)?.shape
  const order = typeof shape === 'object' && shape !== null ? Object.keys(shape) : []
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length)
  return [...keys].sort((a, b) => rank(a) - rank(b))
}

/** The people an item shows, one line each: the role as the label (法定代表人), then the name. */
export function peopleShown(
  item: ReportItem,
  labels: ReportLabels,
): { readonly role: string | undefined; readonly label: string; readonly value: string }[] {
  const people = new Map<number, Partial<Record<string, string>>>()
  for (const { index, field, value } of item.people?.shown ?? []) {
    people.set(index, { ...people.get(index), [field]: value })
  }
  return [...people.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, person]) => ({
      role: person.role,
      label: capitalized(
        person.role === undefined ? labels.person : formatValue(person.role, labels),
      ),
      value: [
        person.name ?? labels.empty,
        person.idNumber === undefined ? '' : `${labels.idNumber}${labels.colon}${person.idNumber}`,
      ]
        .filter((part) => part !== '')
        .join(labels.separator),
    }))
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
