import type { ReportItem } from './reportItem'

/** A payload field as corrected, and the correction that last changed it. */
export interface CurrentValue {
  readonly value: unknown
  /** The day of the last correction that changed it, when one did. */
  readonly correctedOn?: string
}

/**
 * A payload field after the corrections the report shows, later ones winning: what a reader
 * must be told the record says, with the original shown beside it.
 */
export function currentValue(
  item: ReportItem,
  key: string,
  bySeq: ReadonlyMap<number, ReportItem>,
): CurrentValue {
  const data = item.entry.data
  let current: CurrentValue = {
    value: data !== undefined && Object.hasOwn(data, key) ? data[key] : undefined,
  }
  for (const note of item.notes) {
    const correction = bySeq.get(note.seq)?.entry
    const fields = correction?.type === 'EntryCorrected' ? correction.data?.fields : undefined
    if (typeof fields === 'object' && fields !== null && Object.hasOwn(fields, key)) {
      current = { value: (fields as Record<string, unknown>)[key], correctedOn: note.on }
    }
  }
  return current
}
