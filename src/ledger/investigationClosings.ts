import { collectAmendments } from '../credit-file'
import type { Issue } from '../errors'
import type { Entry, EntryEnvelope } from '../events'
import { dayOf } from '../time'
import type { ValidInput } from './entryInput'

const NONE: readonly EntryEnvelope[] = Object.freeze([])

/**
 * The investigation closings of a stream after one more entry, with the retractions that
 * reach them (a retraction of a retraction included), so the ledger knows which stand.
 */
export function withInvestigationClosing(
  kept: readonly EntryEnvelope[] | undefined,
  entry: EntryEnvelope,
): readonly EntryEnvelope[] {
  const before = kept ?? NONE
  if (entry.type === 'InvestigationClosed') return [...before, entry]
  if (entry.type === 'EntryRetracted' && before.some((other) => other.seq === entry.amends)) {
    return [...before, entry]
  }
  return before
}

/**
 * The issue of an `InvestigationClosed` for an investigation a standing closing has closed
 * already: the credit file keeps the first closing, so a second would be dropped unseen.
 * Retracting the first closing lets another be recorded.
 */
export function investigationClosingIssues(
  input: ValidInput,
  kept: readonly EntryEnvelope[] | undefined,
): Issue[] {
  if (input.type !== 'InvestigationClosed' || kept === undefined) return []
  const { retracted } = collectAmendments(kept as readonly Entry[])
  const standing = kept.find(
    (entry) =>
      entry.type === 'InvestigationClosed' &&
      entry.amends === input.amends &&
      !retracted.has(entry.seq),
  )
  if (standing === undefined) return []
  return [
    {
      code: 'investigation_already_closed',
      path: ['amends'],
      message: `investigation ${input.amends} was closed on ${dayOf(standing.effectiveAt)} (entry ${standing.seq}); retract that closing to record another`,
    },
  ]
}
