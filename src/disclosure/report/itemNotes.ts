import type { DisclosedEntry } from '../../proof'
import { dayOf } from '../../time'
import type { ReportNote } from './reportItem'

/**
 * The notes of every entry among `entries`, by seq: each later entry that amends it, and each
 * objection whose shown `disputes` names it, in seq order. Only what the entries show is
 * read, so a verifier reaches the same notes from the report alone.
 */
export function itemNotes(entries: readonly DisclosedEntry[]): Map<number, ReportNote[]> {
  const notes = new Map<number, ReportNote[]>()
  for (const entry of entries) notes.set(entry.seq, [])
  const sorted = [...entries].sort((a, b) => a.seq - b.seq)
  for (const entry of sorted) {
    const targets = new Set<number>()
    if (typeof entry.amends === 'number') targets.add(entry.amends)
    const disputes = entry.type === 'ObjectionFiled' ? entry.data?.disputes : undefined
    if (Array.isArray(disputes))
      for (const seq of disputes) if (typeof seq === 'number') targets.add(seq)
    for (const target of targets) {
      if (target === entry.seq) continue
      notes.get(target)?.push({ seq: entry.seq, type: entry.type, on: safeDay(entry.effectiveAt) })
    }
  }
  return notes
}

function safeDay(value: string): string {
  try {
    return dayOf(value)
  } catch {
    return String(value)
  }
}
