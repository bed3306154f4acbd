import type {
  AbnormalListReason,
  AbnormalRemovalReason,
  DebtorRemovalReason,
  EntryOf,
  SeriousListReason,
  SeriousRemovalReason,
} from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** One stay on a list, from the listing to its removal (`removedOn: null` while listed). */
export interface ListMembership<Reason extends string, Removal extends string> {
  readonly listingSeq: number
  readonly listedOn: string
  readonly reason: Reason
  readonly department: string
  /** The entries the listing rests on. */
  readonly basedOn: readonly number[]
  readonly removedOn: string | null
  readonly removalReason: Removal | null
  readonly removalSeq: number | null
}

/** A stay on the abnormal-activities list (活动异常名录). */
export type AbnormalListMembership = ListMembership<AbnormalListReason, AbnormalRemovalReason>

/** A stay on the serious illegal and dishonest list (严重违法失信名单). */
export type SeriousListMembership = ListMembership<SeriousListReason, SeriousRemovalReason>

/** A stay on a court's dishonest judgment debtors list (失信被执行人). */
export interface DebtorMembership {
  readonly listingSeq: number
  readonly listedOn: string
  readonly court: string
  readonly caseNumber: string
  readonly removedOn: string | null
  readonly removalReason: DebtorRemovalReason | null
  readonly removalSeq: number | null
}

type Listing = EntryOf<'ListedOnAbnormalList'> | EntryOf<'ListedOnSeriousList'>

function membership<R extends string, Q extends string>(
  entry: Listing & { data: { reason: R } },
): Stay<Q> & { listedOn: string; reason: R; department: string; basedOn: number[] } {
  return {
    listingSeq: entry.seq,
    listedOn: effectiveDay(entry.effectiveAt),
    reason: entry.data.reason,
    department: entry.data.department,
    basedOn: entry.data.basedOn === undefined ? [] : [...entry.data.basedOn],
    removedOn: null,
    removalReason: null,
    removalSeq: null,
  }
}

type Removal = {
  readonly seq: number
  readonly amends?: number
  readonly effectiveAt: string
  readonly data: { readonly reason: string }
}

interface Stay<Q> {
  listingSeq: number
  removedOn: string | null
  removalReason: Q | null
  removalSeq: number | null
}

function remove<Q extends string>(
  memberships: Stay<Q>[],
  entry: Removal & { data: { reason: Q } },
): void {
  const stay = memberships.find((item) => item.listingSeq === entry.amends)
  if (stay === undefined || stay.removedOn !== null) return
  stay.removedOn = effectiveDay(entry.effectiveAt)
  stay.removalReason = entry.data.reason
  stay.removalSeq = entry.seq
}

/** Opens an abnormal-list stay. */
export function listedOnAbnormalList(
  draft: CreditFileDraft,
  entry: EntryOf<'ListedOnAbnormalList'>,
): void {
  draft.abnormalList.push(membership(entry))
}

/** Ends the abnormal-list stay that `amends` names. */
export function removedFromAbnormalList(
  draft: CreditFileDraft,
  entry: EntryOf<'RemovedFromAbnormalList'>,
): void {
  remove(draft.abnormalList, entry)
}

/** Opens a serious-list stay. */
export function listedOnSeriousList(
  draft: CreditFileDraft,
  entry: EntryOf<'ListedOnSeriousList'>,
): void {
  draft.seriousList.push(membership(entry))
}

/** Ends the serious-list stay that `amends` names. */
export function removedFromSeriousList(
  draft: CreditFileDraft,
  entry: EntryOf<'RemovedFromSeriousList'>,
): void {
  remove(draft.seriousList, entry)
}

/** Opens a stay on the debtors list. */
export function dishonestDebtorListed(
  draft: CreditFileDraft,
  entry: EntryOf<'DishonestDebtorListed'>,
): void {
  draft.dishonestDebtor.push({
    listingSeq: entry.seq,
    listedOn: effectiveDay(entry.effectiveAt),
    court: entry.data.court,
    caseNumber: entry.data.caseNumber,
    removedOn: null,
    removalReason: null,
    removalSeq: null,
  })
}

/** Ends the stay on the debtors list that `amends` names. */
export function dishonestDebtorRemoved(
  draft: CreditFileDraft,
  entry: EntryOf<'DishonestDebtorRemoved'>,
): void {
  remove(draft.dishonestDebtor, entry)
}

/** Works out whether the organization is on each list now. */
export function settleLists(draft: CreditFileDraft): void {
  const abnormal = draft.abnormalList.some((stay) => stay.removedOn === null)
  const serious = draft.seriousList.some((stay) => stay.removedOn === null)
  const debtor = draft.dishonestDebtor.some((stay) => stay.removedOn === null)
  if (draft.onAbnormalList !== abnormal) draft.onAbnormalList = abnormal
  if (draft.onSeriousList !== serious) draft.onSeriousList = serious
  if (draft.onDishonestDebtorList !== debtor) draft.onDishonestDebtorList = debtor
}
