import { LedgerError } from '../../errors'
import type { EntryEnvelope, HostEntryType, HostItem } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/**
 * Folds an entry of a host type into its section, `file.host[section]`, with the type's own
 * fold. The fold returns the section's new items; anything else is the host's mistake,
 * reported as such rather than kept in the file.
 */
export function hostEntryFolded(
  draft: CreditFileDraft,
  entry: EntryEnvelope,
  definition: HostEntryType,
): void {
  const item: HostItem = {
    seq: entry.seq,
    type: entry.type,
    on: effectiveDay(entry.effectiveAt),
    data: entry.data as Readonly<Record<string, unknown>>,
  }
  const section = definition.section
  const items = (
    Object.hasOwn(draft.host, section) ? draft.host[section] : []
  ) as readonly HostItem[]
  const folded = definition.fold(items, item)
  if (!Array.isArray(folded)) {
    const message = `the fold of ${definition.type} returned no array of items for entry ${entry.seq}`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'host_fold_failed', path: ['entryTypes', definition.type, 'fold'], message },
    ])
  }
  draft.host[section] = folded as HostItem[]
}
