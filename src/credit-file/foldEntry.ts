import { LedgerError } from '../errors'
import type { EntryCatalogue } from '../events'
import { type Entry, isEntryType } from '../events'
import { type Amendments, amended, amendsTheRecord } from './amendments'
import type { CreditFileDraft } from './creditFile'
import { effectiveDay } from './effectiveDay'
import { foldBuiltIn } from './foldTable'
import { hostEntryFolded } from './sections/host'
import { noteMigration } from './sections/migrations'
import { noteRecording } from './sections/recordings'

/**
 * Folds one visible entry: notes how far the file reaches and whether the entry was migrated,
 * then applies the entry as the record now stands, or nothing when it was retracted. An entry
 * of a type `catalogue` does not know is refused: read without its host type, it would be
 * silently missing from the file.
 */
export function foldEntry(
  draft: CreditFileDraft,
  entry: Entry,
  amendments: Amendments | undefined,
  catalogue: EntryCatalogue,
): void {
  // Built-in types are the common case and need no definition here: one lookup tells them.
  const builtIn = isEntryType(entry.type)
  const host = builtIn ? undefined : catalogue.host(entry.type)
  if (!builtIn && host === undefined) {
    const message = `entry ${entry.seq} is a ${entry.type}, a type this read does not know; pass the ledger's entryTypes`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'unknown_entry_type', path: ['entries', entry.seq, 'type'], message },
    ])
  }
  if (draft.org !== entry.org) draft.org = entry.org
  if (entry.version > draft.version) draft.version = entry.version
  if (draft.lastSeq === null || entry.seq > draft.lastSeq) draft.lastSeq = entry.seq
  noteMigration(draft, entry)
  if (!amendsTheRecord(entry.type)) {
    const day = effectiveDay(entry.effectiveAt)
    if (draft.through === null || day > draft.through) draft.through = day
    if (builtIn) noteRecording(draft, entry, day)
  }
  const current = amendments === undefined ? entry : amended(entry, amendments)
  if (current === undefined) return
  if (host === undefined) foldBuiltIn(draft, current)
  else hostEntryFolded(draft, current, host)
}
