import type {
  EntryOf,
  PenaltyRevocationReason,
  Provision,
  Sanction,
  ViolationGround,
} from '../../events'
import { copyData } from '../copyData'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'
import { closed } from './closure'
import { certifiedEarlier } from './notResponsible'

/** An administrative penalty, and whether it was revoked since. */
export interface PenaltyView {
  readonly seq: number
  /** The day the decision took effect. */
  readonly on: string
  /** The decision number. */
  readonly ref: string | null
  readonly decidedOn: string
  readonly department: string
  readonly sanctions: readonly Sanction[]
  readonly ground: ViolationGround
  readonly violated: Provision
  readonly basis: Provision | null
  readonly facts: string
  /** Revoked on reconsideration, by a court or by the department itself; still listed. */
  readonly revoked: boolean
  readonly revokedBy: number | null
  readonly revokedOn: string | null
  readonly revocationReason: PenaltyRevocationReason | null
  /** The day a department certified the organization not directly responsible (AB-08). */
  readonly notResponsibleOn: string | null
  readonly notResponsibleSeq: number | null
}

/** Adds the penalty, and a closure when it revokes the registration. */
export function penaltyImposed(draft: CreditFileDraft, entry: EntryOf<'PenaltyImposed'>): void {
  const data = entry.data
  draft.penalties.push({
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    ref: entry.ref ?? null,
    decidedOn: data.decidedOn,
    department: data.department,
    sanctions: copyData(data.sanctions),
    ground: data.ground,
    violated: copyData(data.violated),
    basis: data.basis === undefined ? null : copyData(data.basis),
    facts: data.facts,
    revoked: false,
    revokedBy: null,
    revokedOn: null,
    revocationReason: null,
    notResponsibleOn: null,
    notResponsibleSeq: null,
  })
  certifiedEarlier(draft, entry.seq)
  closed(draft, entry)
}

/** Marks the penalty revoked; settling the status voids any closure that rests on it. */
export function penaltyRevoked(draft: CreditFileDraft, entry: EntryOf<'PenaltyRevoked'>): void {
  const target = entry.amends
  const penalty = draft.penalties.find((item) => item.seq === target)
  if (target === undefined || penalty === undefined || penalty.revoked) return
  const on = effectiveDay(entry.effectiveAt)
  penalty.revoked = true
  penalty.revokedBy = entry.seq
  penalty.revokedOn = on
  penalty.revocationReason = entry.data.reason
}
