import type { Entry, EntryData, EntryType } from '../../src/events/catalogue'
import { entryTypes } from '../../src/events/catalogue'
import { examples } from '../events/examples'

/** The organization every scripted history is about: a Shanghai social group. */
export const ORG = '51310115MJ5000001Q'

interface Written<T extends EntryType> {
  readonly type: T
  readonly on: string
  readonly recordedAt?: string
  /** When and where another system first recorded it, for a migrated entry. */
  readonly migrated?: { readonly recordedAt: string; readonly source?: string }
  readonly amends?: number
  readonly ref?: string
  readonly data?: Partial<EntryData<T>>
}

/**
 * Writes a history the way the ledger would: seq and version in call order, recorded on the
 * effective day at 10:00 China time unless said otherwise, payloads from the examples.
 */
export function history(...steps: readonly Written<EntryType>[]): Entry[] {
  return steps.map((step, index) => {
    const entry: Record<string, unknown> = {}
    if (step.amends !== undefined) entry.amends = step.amends
    entry.by = '上海市浦东新区民政局'
    entry.data = { ...examples[step.type], ...step.data }
    entry.effectiveAt = step.on
    if (step.migrated !== undefined) entry.migrated = step.migrated
    entry.org = ORG
    entry.recordedAt = step.recordedAt ?? `${step.on.slice(0, 10)}T10:00:00+08:00`
    if (step.ref !== undefined) entry.ref = step.ref
    entry.schema = entryTypes[step.type].schema
    entry.seq = index
    entry.type = step.type
    entry.version = index + 1
    return entry as unknown as Entry
  })
}

/** One step of a scripted history, typed by its entry type. */
export function at<T extends EntryType>(
  on: string,
  type: T,
  rest: Omit<Written<T>, 'type' | 'on'> = {},
): Written<EntryType> {
  return { ...rest, type, on } as Written<EntryType>
}
