import { amended, amendsTheRecord, collectAmendments } from '../../credit-file'
import type { Entry, EntryEnvelope } from '../../events'
import { builtInCatalogue, type EntryCatalogue } from '../../events'
import type { ContentPath } from '../../proof'
import type { DisclosurePolicy } from '../../rules'
import { dayOf } from '../../time'
import { entryVisibilityOf, fieldVisibilityOf } from './visibilityOf'

/** One entry the public may see, and which of its fields. */
export interface PublicEntry {
  /** The entry exactly as stored: what its proof commits to. */
  readonly entry: EntryEnvelope
  /** The type of the entry it amends, when it amends one; `target` fields resolve against it. */
  readonly targetType?: string
  /** Whether the field at `path` is public. */
  shows(path: ContentPath): boolean
}

/**
 * The entries of one organization the public may see on `asOf`, in seq order, as the record
 * stands now. An entry is left out when it is not yet effective (corrections, retractions and
 * erasures count for every date once recorded), when it was retracted, when a
 * PublicationEnded effective by `asOf` ended its publication, when the policy keeps it from
 * the public, or when it amends or disputes only entries left out. Retractions themselves
 * are never shown: they would show what they withdrew. Whether an entry is public, and what an
 * objection disputes, is read from the entry as corrected by every correction in `entries`
 * that is not retracted, whatever its effective date: a disclosure corrected to
 * `authorities` leaves the report, with its correction. Host entries are read with
 * `entryTypes`, the ledger's.
 */
export function publicView(
  entries: readonly EntryEnvelope[],
  policy: DisclosurePolicy,
  asOf: string,
  entryTypes: EntryCatalogue = builtInCatalogue,
): PublicEntry[] {
  const day = dayOf(asOf)
  const current = new Map<number, Entry>()
  const stored = new Map<number, EntryEnvelope>()
  for (const entry of entries) {
    const read = entryTypes.upcast(entry)
    if (!amendsTheRecord(read.type) && dayOf(read.effectiveAt) > day) continue
    current.set(read.seq, read)
    stored.set(read.seq, entry)
  }
  const amendments = collectAmendments([...current.values()])
  const retracted = amendments.retracted
  const ended = new Set<number>()
  for (const entry of current.values()) {
    if (
      entry.type === 'PublicationEnded' &&
      !retracted.has(entry.seq) &&
      entry.amends !== undefined
    ) {
      ended.add(entry.amends)
    }
  }
  const shown = new Map<number, PublicEntry>()
  for (const seq of [...current.keys()].sort((a, b) => a - b)) {
    const stated = current.get(seq) as Entry
    if (retracted.has(seq) || ended.has(seq) || stated.type === 'EntryRetracted') continue
    // The entry as it now stands decides; the stored one is what is shown and proved.
    const entry = amended(stated, amendments) as Entry
    const target = entry.amends === undefined ? undefined : shown.get(entry.amends)
    if (entry.amends !== undefined && target === undefined) continue
    if (entry.type === 'ObjectionFiled' && !entry.data.disputes.some((s) => shown.has(s))) continue
    if (entryVisibilityOf(policy, entry, target !== undefined) !== 'public') continue
    const targetType = target?.entry.type
    shown.set(seq, {
      entry: stored.get(seq) as EntryEnvelope,
      ...(targetType === undefined ? {} : { targetType }),
      shows: (path) => fieldVisibilityOf(policy, entry.type, path, targetType) === 'public',
    })
  }
  return [...shown.values()]
}
