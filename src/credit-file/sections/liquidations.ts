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
 * Notes the application on the liquidation that ended last on or before the day it was made,
 * once per liquidation: an application made while a liquidation still runs answers none, and
 * one with no ended liquidation on record changes no section, as the stream still shows it.
 * The ledger refuses both at append (`deregistration_without_liquidation`).
 */
export function deregistrationApplied(
  draft: CreditFileDraft,
  entry: EntryOf<'DeregistrationApplied'>,
): void {
  const on = effectiveDay(entry.effectiveAt)
  let answered: (typeof draft.liquidations)[number] | undefined
  for (const item of draft.liquidations) {
    if (item.completedOn === null || item.completedOn > on) continue
    if (answered === undefined || item.completedOn >= (answered.completedOn as string)) {
      answered = item
    }
  }
  if (answered === undefined || answered.appliedOn !== null) return
  answered.appliedOn = on
  answered.applicationSeq = entry.seq
}
