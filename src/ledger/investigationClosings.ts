import { collectAmendments } from '../credit-file'
import type { Issue } from '../errors'
import type { Entry, EntryEnvelope } from '../events'
import { dayOf } from '../time'
import type { ValidInput } from './entryInput'

const NONE: readonly EntryEnvelope[] = Object.freeze([])

// The entries that end what they amend once: a second standing one would be dropped unseen by
// the credit file, or shown twice in the public report. Each with the code refusing a second.
const ONCE: Readonly<Record<string, 'investigation_already_closed' | 'deduction_already_lost'>> = {
  InvestigationClosed: 'investigation_already_closed',
  DonationDeductionQualificationLost: 'deduction_already_lost',
}

/**
 * The investigation closings and deduction qualification losses of a stream after one more
 * entry, with the retractions that reach them (a retraction of a retraction included), so the
 * ledger knows which stand.
 */
export function withInvestigationClosing(
  kept: readonly EntryEnvelope[] | undefined,
  entry: EntryEnvelope,
): readonly EntryEnvelope[] {
  const before = kept ?? NONE
  if (ONCE[entry.type] !== undefined) return [...before, entry]
  if (entry.type === 'EntryRetracted' && before.some((other) => other.seq === entry.amends)) {
    return [...before, entry]
  }
  return before
}

/**
 * The issue of an `InvestigationClosed` for an investigation a standing closing has closed
 * already (the credit file keeps the first closing, so a second would be dropped unseen), or of
 * a `DonationDeductionQualificationLost` for a grant a standing loss has ended already.
 * Retracting the first lets another be recorded.
 */
export function investigationClosingIssues(
  input: ValidInput,
  kept: readonly EntryEnvelope[] | undefined,
): Issue[] {
  const code = ONCE[input.type]
  if (code === undefined || kept === undefined) return []
  const { retracted } = collectAmendments(kept as readonly Entry[])
  const standing = kept.find(
    (entry) =>
      entry.type === input.type && entry.amends === input.amends && !retracted.has(entry.seq),
  )
  if (standing === undefined) return []
  const on = dayOf(standing.effectiveAt)
  const message =
    code === 'investigation_already_closed'
      ? `investigation ${input.amends} was closed on ${on} (entry ${standing.seq}); retract that closing to record another`
      : `the deduction qualification of entry ${input.amends} was lost on ${on} (entry ${standing.seq}); retract that loss to record another`
  return [{ code, path: ['amends'], message }]
}
