import type { CreditFile } from '../../credit-file'
import { type Item, sectionReaders } from './sections'

// The seq and day fields the views give side by side: an item's own entry and the entries
// that ended it (a removal, a revocation, a completion, a resolution, a voiding).
const PAIRS = [
  ['seq', 'on'],
  ['seq', 'orderedOn'],
  ['seq', 'filedOn'],
  ['listingSeq', 'listedOn'],
  ['removalSeq', 'removedOn'],
  ['revokedBy', 'revokedOn'],
  ['completionSeq', 'completedOn'],
  ['resolutionSeq', 'resolvedOn'],
  ['voidedBy', 'voidedOn'],
  ['endSeq', 'endedOn'],
] as const

const memo = new WeakMap<CreditFile, ReadonlyMap<number, string>>()

/**
 * The day each entry of the file took effect, by seq, as far as its views tell: the entries
 * behind every section's items and the entries that ended them, the registration and the
 * latest fundraising entry. Read once per file.
 */
export function entryDays(file: CreditFile): ReadonlyMap<number, string> {
  let days = memo.get(file)
  if (days !== undefined) return days
  const found = new Map<number, string>()
  const note = (seq: unknown, day: unknown) => {
    if (typeof seq === 'number' && typeof day === 'string') found.set(seq, day)
  }
  for (const section of Object.values(sectionReaders)) {
    for (const item of section.items(file) as readonly Item[]) {
      for (const [seq, day] of PAIRS) note(item[seq], item[day])
    }
  }
  for (const items of Object.values(file.host ?? {})) {
    for (const item of items) note(item.seq, item.on)
  }
  note(file.registration.opened?.seq, file.registration.opened?.on)
  const fundraising = file.identity.publicFundraising
  note(fundraising.seq, fundraising.held ? fundraising.since : fundraising.revokedOn)
  days = found
  memo.set(file, days)
  return days
}
