import type { AcceptanceResult, EntryOf, PurchaseMode } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** A government purchase of the organization's services, and its completion once on record. */
export interface ServicePurchaseView {
  readonly seq: number
  /** The day the contract was signed. */
  readonly on: string
  readonly buyer: string
  readonly project: string
  readonly mode: PurchaseMode
  readonly amount: number
  readonly from: string
  readonly to: string
  readonly completedOn: string | null
  readonly completionSeq: number | null
  readonly result: AcceptanceResult | null
  readonly rating: string | null
}

/** Adds the contract, not yet completed. */
export function servicePurchaseContracted(
  draft: CreditFileDraft,
  entry: EntryOf<'ServicePurchaseContracted'>,
): void {
  const data = entry.data
  draft.servicePurchases.push({
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    buyer: data.buyer,
    project: data.project,
    mode: data.mode,
    amount: data.amount,
    from: data.period.from,
    to: data.period.to,
    completedOn: null,
    completionSeq: null,
    result: null,
    rating: null,
  })
}

/** Completes the contract that `amends` names; a later completion replaces an earlier one. */
export function servicePurchaseCompleted(
  draft: CreditFileDraft,
  entry: EntryOf<'ServicePurchaseCompleted'>,
): void {
  const purchase = draft.servicePurchases.find((item) => item.seq === entry.amends)
  if (purchase === undefined) return
  purchase.completedOn = effectiveDay(entry.effectiveAt)
  purchase.completionSeq = entry.seq
  purchase.result = entry.data.result
  purchase.rating = entry.data.rating ?? null
}
