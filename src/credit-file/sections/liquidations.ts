import type { DeregistrationReason, EntryOf } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/**
 * A liquidation (清算): its start, its end and the deregistration applied for after it. The
 * organization files within 15 days of `completedOn` (DR-01, DR-04, DR-07).
 */
export interface LiquidationView {
  readonly seq: number
  readonly startedOn: string
  readonly reason: DeregistrationReason
  readonly groupFormedUnder: string | null
  readonly completedOn: string | null
  readonly completionSeq: number | null
  /** The day the organization applied for deregistration, once it did. */
  readonly appliedOn: string | null
  readonly applicationSeq: number | null
}

/** Opens a liquidation. */
export function liquidationStarted(
  draft: CreditFileDraft,
  entry: EntryOf<'LiquidationStarted'>,
): void {
  draft.liquidations.push({
    seq: entry.seq,
    startedOn: effectiveDay(entry.effectiveAt),
    reason: entry.data.reason,
    groupFormedUnder: entry.data.groupFormedUnder ?? null,
    completedOn: null,
    completionSeq: null,
    appliedOn: null,
    applicationSeq: null,
  })
}

/** Ends the liquidation that `amends` names. */
export function liquidationCompleted(
  draft: CreditFileDraft,
  entry: EntryOf<'LiquidationCompleted'>,
): void {
  const liquidation = draft.liquidations.find((item) => item.seq === entry.amends)
  if (liquidation === undefined || liquidation.completedOn !== null) return
  liquidation.completedOn = effectiveDay(entry.effectiveAt)
  liquidation.completionSeq = entry.seq
}

/**
 * Notes the application on the latest liquidation not yet applied for; an application with no
 * liquidation on record changes no section, as the stream still shows it.
 */
export function deregistrationApplied(
  draft: CreditFileDraft,
  entry: EntryOf<'DeregistrationApplied'>,
): void {
  const open = draft.liquidations.findLast((item) => item.appliedOn === null)
  if (open === undefined) return
  open.appliedOn = effectiveDay(entry.effectiveAt)
  open.applicationSeq = entry.seq
}
