import type { OrganizationStatus } from '../../events/builtInEntryType'
import { closingStatus, type EntryOf } from '../../events/catalogue'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** The entry that closed a stream. */
export interface ClosingEntry {
  readonly seq: number
  readonly type: ClosureView['type']
  readonly on: string
}

/**
 * A deregistration, revocation or ban, or a penalty that revoked the registration. A closure is
 * voided when the penalty behind it is revoked; the status then falls back to the closure before.
 */
export interface ClosureView extends ClosingEntry {
  readonly type: 'Deregistered' | 'RegistrationRevoked' | 'Banned' | 'PenaltyImposed'
  readonly status: Exclude<OrganizationStatus, 'active'>
  /** The reason or ground the entry states. */
  readonly reason: string
  /** The penalty a revocation rests on, so revoking that penalty voids the revocation too. */
  readonly penalty: number | null
  readonly voidedBy: number | null
  readonly voidedOn: string | null
}

type ClosingEntryOf =
  | EntryOf<'Deregistered'>
  | EntryOf<'RegistrationRevoked'>
  | EntryOf<'Banned'>
  | EntryOf<'PenaltyImposed'>

/** Adds a closure if the entry closes the stream. */
export function closed(draft: CreditFileDraft, entry: ClosingEntryOf): void {
  const status = closingStatus(entry)
  if (status === undefined || status === 'active') return
  draft.registration.closures.push({
    seq: entry.seq,
    type: entry.type,
    on: effectiveDay(entry.effectiveAt),
    status,
    reason: reasonOf(entry),
    penalty: entry.type === 'RegistrationRevoked' ? (entry.data.penalty ?? null) : null,
    voidedBy: null,
    voidedOn: null,
  })
}

/** Voids the closures that rest on a revoked penalty. */
export function voidClosures(
  draft: CreditFileDraft,
  penalty: number,
  by: number,
  on: string,
): void {
  for (const closure of draft.registration.closures) {
    if ((closure.seq === penalty || closure.penalty === penalty) && closure.voidedBy === null) {
      closure.voidedBy = by
      closure.voidedOn = on
    }
  }
}

/** Sets `status` and `closedBy` from the last closure still standing. */
export function settleStatus(draft: CreditFileDraft): void {
  const closures = draft.registration.closures
  for (let i = closures.length - 1; i >= 0; i--) {
    const closure = closures[i]
    if (closure === undefined || closure.voidedBy !== null) continue
    draft.status = closure.status
    if (draft.closedBy?.seq !== closure.seq) {
      draft.closedBy = { seq: closure.seq, type: closure.type, on: closure.on }
    }
    return
  }
  draft.status = 'active'
  draft.closedBy = null
}

function reasonOf(entry: ClosingEntryOf): string {
  switch (entry.type) {
    case 'Deregistered':
      return entry.data.reason
    case 'RegistrationRevoked':
      return `${entry.data.kind}: ${entry.data.ground}`
    case 'Banned':
      return 'banned'
    case 'PenaltyImposed':
      return `penalty: ${entry.data.ground}`
  }
}
