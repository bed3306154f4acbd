import type { EntryOf, RectificationSource } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'
import { certifiedEarlier } from './notResponsible'

/** A rectification order (责令整改) and, once done, its completion. */
export interface RectificationView {
  readonly seq: number
  /** The notice number. */
  readonly ref: string | null
  readonly orderedOn: string
  readonly source: RectificationSource
  readonly issues: readonly string[]
  readonly deadline: string
  readonly department: string
  readonly completedOn: string | null
  readonly completionSeq: number | null
  /** The day a department certified the organization not directly responsible (AB-08). */
  readonly notResponsibleOn: string | null
  readonly notResponsibleSeq: number | null
}

/** Opens a rectification. */
export function rectificationOrdered(
  draft: CreditFileDraft,
  entry: EntryOf<'RectificationOrdered'>,
): void {
  const data = entry.data
  draft.rectifications.push({
    seq: entry.seq,
    ref: entry.ref ?? null,
    orderedOn: effectiveDay(entry.effectiveAt),
    source: data.source,
    issues: [...data.issues],
    deadline: data.deadline,
    department: data.department,
    completedOn: null,
    completionSeq: null,
    notResponsibleOn: null,
    notResponsibleSeq: null,
  })
  certifiedEarlier(draft, entry.seq)
}

/** Closes the rectification that `amends` names. */
export function rectificationCompleted(
  draft: CreditFileDraft,
  entry: EntryOf<'RectificationCompleted'>,
): void {
  const order = draft.rectifications.find((item) => item.seq === entry.amends)
  if (order === undefined || order.completedOn !== null) return
  order.completedOn = effectiveDay(entry.effectiveAt)
  order.completionSeq = entry.seq
}
