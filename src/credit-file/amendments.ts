import type { Entry, EntryType } from '../events'

/**
 * Whether entries of this type amend the record itself rather than report a fact of the world.
 * A correction or retraction says what the record should always have said, so it applies to
 * every `asOf` once it is known; only `knownAt` can hide it.
 */
export function amendsTheRecord(type: EntryType): boolean {
  return type === 'EntryCorrected' || type === 'EntryRetracted' || type === 'PersonalDataErased'
}

/** The retractions and corrections among the entries a fold can see. */
export interface Amendments {
  readonly retracted: ReadonlySet<number>
  /** The fields to merge into each corrected entry, later corrections winning. */
  readonly corrected: ReadonlyMap<number, Readonly<Record<string, unknown>>>
}

/**
 * Collects the amendments in force. A retraction can itself be retracted, and always amends an
 * earlier seq, so walking from the newest retraction back decides each one before its target.
 */
export function collectAmendments(entries: readonly Entry[]): Amendments {
  const retractions: Entry[] = []
  const corrections: Entry[] = []
  for (const entry of entries) {
    if (entry.type === 'EntryRetracted') retractions.push(entry)
    else if (entry.type === 'EntryCorrected') corrections.push(entry)
  }
  const retracted = new Set<number>()
  retractions.sort((a, b) => b.seq - a.seq)
  for (const retraction of retractions) {
    if (!retracted.has(retraction.seq) && retraction.amends !== undefined) {
      retracted.add(retraction.amends)
    }
  }
  const corrected = new Map<number, Record<string, unknown>>()
  corrections.sort((a, b) => a.seq - b.seq)
  for (const correction of corrections) {
    if (correction.type !== 'EntryCorrected' || correction.amends === undefined) continue
    if (retracted.has(correction.seq)) continue
    const fields = corrected.get(correction.amends)
    corrected.set(correction.amends, { ...fields, ...correction.data.fields })
  }
  return { retracted, corrected }
}

/**
 * The entry as the record now stands: `undefined` when retracted, with corrected fields merged
 * into its payload when corrected. Corrections of corrections are not followed; retract the
 * correction and correct again instead.
 */
export function amended(entry: Entry, amendments: Amendments): Entry | undefined {
  if (amendments.retracted.has(entry.seq)) return undefined
  const fields = amendments.corrected.get(entry.seq)
  if (fields === undefined || entry.type === 'EntryCorrected') return entry
  return { ...entry, data: { ...entry.data, ...fields } } as Entry
}
