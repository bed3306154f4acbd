import type { Entry } from '../events/catalogue'
import { type Amendments, amended, amendsTheRecord } from './amendments'
import type { CreditFileDraft } from './creditFile'
import { effectiveDay } from './effectiveDay'
import { noteMigration } from './sections/migrations'
import { step } from './step'

/**
 * Folds one visible entry: notes how far the file reaches and whether the entry was migrated,
 * then applies the entry as the record now stands, or nothing when it was retracted.
 */
export function foldEntry(
  draft: CreditFileDraft,
  entry: Entry,
  amendments: Amendments | undefined,
): void {
  if (draft.org !== entry.org) draft.org = entry.org
  if (entry.version > draft.version) draft.version = entry.version
  if (draft.lastSeq === null || entry.seq > draft.lastSeq) draft.lastSeq = entry.seq
  noteMigration(draft, entry)
  if (!amendsTheRecord(entry.type)) {
    const day = effectiveDay(entry.effectiveAt)
    if (draft.through === null || day > draft.through) draft.through = day
  }
  const current = amendments === undefined ? entry : amended(entry, amendments)
  if (current !== undefined) step(draft, current)
}
