import type { CertifyingBody, EntryOf } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** A written certificate that the organization was not directly responsible (AB-08). */
export interface NotResponsibleView {
  readonly seq: number
  readonly on: string
  readonly ref: string | null
  /** The seq of the penalty or rectification order it concerns. */
  readonly concerns: number
  readonly certifiedBy: CertifyingBody
  readonly department: string
}

/**
 * Adds the certificate and marks the penalty or rectification order it concerns with its day
 * (`notResponsibleOn`), the earliest certificate winning, so listing rules can leave it out.
 */
export function notResponsibleCertified(
  draft: CreditFileDraft,
  entry: EntryOf<'NotResponsibleCertified'>,
): void {
  const concerns = entry.amends
  if (concerns === undefined) return
  const on = effectiveDay(entry.effectiveAt)
  draft.notResponsible.push({
    seq: entry.seq,
    on,
    ref: entry.ref ?? null,
    concerns,
    certifiedBy: entry.data.certifiedBy,
    department: entry.data.department,
  })
  mark(draft, concerns)
}

/**
 * Marks a penalty or order just folded with a certificate that came before it in fold order
 * (one back-dated before the day the penalty took effect).
 */
export function certifiedEarlier(draft: CreditFileDraft, seq: number): void {
  if (draft.notResponsible.some((item) => item.concerns === seq)) mark(draft, seq)
}

function mark(draft: CreditFileDraft, concerns: number): void {
  const target =
    draft.penalties.find((item) => item.seq === concerns) ??
    draft.rectifications.find((item) => item.seq === concerns)
  if (target === undefined) return
  let first: { on: string; seq: number } | null = null
  for (const item of draft.notResponsible) {
    if (item.concerns !== concerns) continue
    if (first === null || item.on < first.on || (item.on === first.on && item.seq < first.seq)) {
      first = { on: item.on, seq: item.seq }
    }
  }
  target.notResponsibleOn = first?.on ?? null
  target.notResponsibleSeq = first?.seq ?? null
}
