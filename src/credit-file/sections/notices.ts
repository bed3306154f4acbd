import type { EntryOf, NoticeChannel, NoticePurpose } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** A notice or letter served on the organization, and when it was next reached. */
export interface ServedNoticeView {
  readonly seq: number
  /** The day it was sent or served. */
  readonly on: string
  readonly ref: string | null
  readonly channel: NoticeChannel
  readonly purpose: NoticePurpose
  readonly address: string | null
  readonly atRegisteredAddress: boolean | null
  readonly signedFor: boolean
  readonly signedOn: string | null
  readonly department: string
  /**
   * The first day on or after `on` on which the organization signed for this or any other
   * notice: from then on the notice no longer shows it unreachable (AB-06). `null` while none was.
   */
  readonly reachedOn: string | null
}

/** Adds the notice, and works out again when each notice was followed by contact. */
export function noticeServed(draft: CreditFileDraft, entry: EntryOf<'NoticeServed'>): void {
  const data = entry.data
  draft.noticesServed.push({
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    ref: entry.ref ?? null,
    channel: data.channel,
    purpose: data.purpose,
    address: data.address ?? null,
    atRegisteredAddress: data.atRegisteredAddress ?? null,
    signedFor: data.signedFor,
    signedOn: data.signedOn ?? null,
    department: data.department,
    reachedOn: null,
  })
  // Recomputed for every notice, so the result does not depend on the order of folding.
  const signed = draft.noticesServed
    .map((notice) => notice.signedOn)
    .filter((day): day is string => day !== null)
    .sort()
  for (const notice of draft.noticesServed) {
    notice.reachedOn = signed.find((day) => day >= notice.on) ?? null
  }
}
