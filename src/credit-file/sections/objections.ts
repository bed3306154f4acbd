import type { EntryOf, ObjectionOutcome } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** An objection to entries of the record, open or decided. */
export interface ObjectionView {
  readonly seq: number
  readonly filedOn: string
  /** The entries disputed. */
  readonly disputes: readonly number[]
  readonly grounds: string
  readonly outcome: 'open' | ObjectionOutcome
  readonly resolvedOn: string | null
  readonly resolutionSeq: number | null
  readonly resolutionReason: string | null
}

/** Opens an objection. */
export function objectionFiled(draft: CreditFileDraft, entry: EntryOf<'ObjectionFiled'>): void {
  draft.objections.push({
    seq: entry.seq,
    filedOn: effectiveDay(entry.effectiveAt),
    disputes: [...entry.data.disputes],
    grounds: entry.data.grounds,
    outcome: 'open',
    resolvedOn: null,
    resolutionSeq: null,
    resolutionReason: null,
  })
}

/** Decides the objection that `amends` names. */
export function objectionResolved(
  draft: CreditFileDraft,
  entry: EntryOf<'ObjectionResolved'>,
): void {
  const objection = draft.objections.find((item) => item.seq === entry.amends)
  if (objection === undefined || objection.outcome !== 'open') return
  objection.outcome = entry.data.outcome
  objection.resolvedOn = effectiveDay(entry.effectiveAt)
  objection.resolutionSeq = entry.seq
  objection.resolutionReason = entry.data.reason
}
