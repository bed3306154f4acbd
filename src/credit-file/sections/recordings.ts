import { type Entry, entryTypes } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/**
 * When a piece of credit information reached the record (CR-04: the registrar enters it within
 * 5 working days of forming or obtaining it). One per built-in entry of credit information, in
 * fold order, as it was recorded: a later correction or retraction does not change when it was.
 */
export interface RecordingView {
  readonly seq: number
  readonly type: string
  /** The entry's effective day. */
  readonly on: string
  /**
   * The day the information was formed or obtained: the decision day a penalty, a revocation or
   * a change registration states, otherwise the effective day, or the day it was recorded when
   * that came first (a decision that applies from a later day); for an entry a rule proposed
   * (`cause`), the day it was recorded.
   */
  readonly formedOn: string
  /**
   * The China-time day the registry first recorded it: the other system's day for a migrated
   * entry, otherwise the day this ledger accepted it.
   */
  readonly recordedOn: string
}

// Worked out once from the catalogue, since the fold asks for every entry: which types are the
// record's own entries, and which state a decision day apart from their effective day.
const creditInformation = new Set<string>()
const decided = new Set<string>()
for (const [type, definition] of Object.entries(entryTypes)) {
  if (definition.category !== 'record') creditInformation.add(type)
  const shape = (definition.data as { readonly shape?: object }).shape
  if (shape !== undefined && 'decidedOn' in shape) decided.add(type)
}

/**
 * Notes when a built-in entry of credit information, effective on `on`, reached the record; the
 * record's own entries (corrections, retractions, objections, erasures, publication endings)
 * are not such information.
 */
export function noteRecording(draft: CreditFileDraft, entry: Entry, on: string): void {
  if (!creditInformation.has(entry.type)) return
  const recorded: string | undefined = entry.migrated?.recordedAt ?? entry.recordedAt
  // The ledger folds a batch to check it before it times the entries: nothing is recorded yet.
  if (recorded === undefined) return
  const recordedOn = effectiveDay(recorded)
  // A decision a rule proposed is formed as the run that applies it records it, even when it
  // takes effect from an earlier day (a listing found on a sweep over past days).
  let formedOn =
    entry.cause !== undefined
      ? recordedOn
      : decided.has(entry.type)
        ? ((entry.data as { readonly decidedOn?: string }).decidedOn ?? on)
        : on
  // A decision recorded before the day it names was formed by the day it was recorded.
  if (recordedOn < formedOn) formedOn = recordedOn
  draft.recordings.push({ seq: entry.seq, type: entry.type, on, formedOn, recordedOn })
}
