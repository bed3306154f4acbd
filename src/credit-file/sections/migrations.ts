import type { Entry } from '../../events'
import type { CreditFileDraft } from '../creditFile'

/** An entry carried over from another system: when and where that system recorded it. */
export interface MigrationView {
  /** The date or instant the other system recorded it on, as the entry gives it. */
  readonly recordedAt: string
  /** The other system's name, when the migration gave one. */
  readonly source: string | null
}

/** Notes a migrated entry under its seq, so each item of the file can be told apart by seq. */
export function noteMigration(draft: CreditFileDraft, entry: Entry): void {
  if (entry.migrated === undefined) return
  draft.migrated[String(entry.seq)] = {
    recordedAt: entry.migrated.recordedAt,
    source: entry.migrated.source ?? null,
  }
}
