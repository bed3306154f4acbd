import type { EntryEnvelope } from '../events'
import type { AppendBatch } from './eventStore'

/**
 * True when the batch starts at the head and each stream's first entry follows its current
 * version: the optimistic check every store makes inside its write.
 */
export function isNextInLine(
  batch: AppendBatch,
  head: number,
  versionOf: (org: string) => number,
): boolean {
  const expected = new Map<string, number>()
  for (let i = 0; i < batch.entries.length; i++) {
    const entry = batch.entries[i] as EntryEnvelope
    if (entry.seq !== head + i) return false
    const previous = expected.get(entry.org) ?? versionOf(entry.org)
    if (entry.version !== previous + 1) return false
    expected.set(entry.org, entry.version)
  }
  return true
}
