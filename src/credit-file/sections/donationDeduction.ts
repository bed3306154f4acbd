import type { DeductionDepartment, DeductionLossReason, EntryOf } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/**
 * One confirmation of the donation pre-tax deduction qualification (公益性捐赠税前扣除资格,
 * JR-07): its period and, if it was cancelled before its end, when and why.
 */
export interface DeductionQualificationView {
  readonly seq: number
  /** The day it was confirmed (the announcement's day). */
  readonly on: string
  readonly validFrom: string
  readonly validTo: string
  readonly departments: readonly DeductionDepartment[]
  readonly lostOn: string | null
  readonly lossSeq: number | null
  readonly lossReason: DeductionLossReason | null
}

/** Records a confirmation of the qualification. */
export function deductionGranted(
  draft: CreditFileDraft,
  entry: EntryOf<'DonationDeductionQualificationGranted'>,
): void {
  const data = entry.data
  draft.donationDeduction.push({
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    validFrom: data.validFrom,
    validTo: data.validTo,
    departments: [...data.departments],
    lostOn: null,
    lossSeq: null,
    lossReason: null,
  })
}

/** Ends the qualification that `amends` names. */
export function deductionLost(
  draft: CreditFileDraft,
  entry: EntryOf<'DonationDeductionQualificationLost'>,
): void {
  const grant = draft.donationDeduction.find((item) => item.seq === entry.amends)
  if (grant === undefined || grant.lostOn !== null) return
  grant.lostOn = effectiveDay(entry.effectiveAt)
  grant.lossSeq = entry.seq
  grant.lossReason = entry.data.reason
}
