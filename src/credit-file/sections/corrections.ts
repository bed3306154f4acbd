import type { EntryOf } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/**
 * A correction or retraction of an earlier entry. The file already shows its effect: corrected
 * fields carry their new values, and a retracted entry is absent from every other section.
 */
export interface Amendment {
  readonly kind: 'corrected' | 'retracted'
  /** The amending entry. */
  readonly seq: number
  readonly on: string
  readonly reason: string
  /** The payload fields a correction replaced; empty for a retraction. */
  readonly fields: readonly string[]
}

/** The erasure of the people named beside an entry. */
export interface ErasureView {
  readonly seq: number
  readonly on: string
  readonly basis: string
}

function note(
  draft: CreditFileDraft,
  target: number | undefined,
  amendment: Omit<Amendment, 'fields'> & { fields: string[] },
): void {
  if (target === undefined) return
  const key = String(target)
  const notes = draft.corrections[key]
  if (notes === undefined) {
    draft.corrections[key] = [amendment]
    return
  }
  // Kept in seq order, so the notes do not depend on the order amendments are folded in.
  const at = notes.findIndex((other) => other.seq > amendment.seq)
  notes.splice(at === -1 ? notes.length : at, 0, amendment)
}

/** Notes a correction against the entry it corrects. */
export function entryCorrected(draft: CreditFileDraft, entry: EntryOf<'EntryCorrected'>): void {
  note(draft, entry.amends, {
    kind: 'corrected',
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    reason: entry.data.reason,
    fields: Object.keys(entry.data.fields),
  })
}

/** Notes a retraction against the entry it retracts. */
export function entryRetracted(draft: CreditFileDraft, entry: EntryOf<'EntryRetracted'>): void {
  note(draft, entry.amends, {
    kind: 'retracted',
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    reason: entry.data.reason,
    fields: [],
  })
}

/** Notes the erasure against the entry whose people were erased. */
export function personalDataErased(
  draft: CreditFileDraft,
  entry: EntryOf<'PersonalDataErased'>,
): void {
  if (entry.amends === undefined) return
  const key = String(entry.amends)
  // Erasing twice changes nothing; the first erasure stays, whatever order they are folded in.
  const earlier = draft.erasures[key]
  if (earlier !== undefined && earlier.seq < entry.seq) return
  draft.erasures[key] = {
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    basis: entry.data.basis,
  }
}
