import type { EntryOf, OrganizationStatus } from '../../events'
import { closingOf, organizationStatus, type Undoing } from '../../events'
import type { CreditFileDraft } from '../creditFile'

/** The entry that closed a stream. */
export interface ClosingEntry {
  readonly seq: number
  readonly type: ClosureView['type']
  readonly on: string
}

/**
 * A deregistration, revocation or ban, or a penalty that revoked the registration. A closure is
 * voided when the penalty behind it is revoked after it took effect; the status then falls back
 * to the closure before.
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
  const closing = closingOf(entry)
  if (closing === undefined) return
  draft.registration.closures.push({
    seq: closing.seq,
    type: entry.type,
    on: closing.on,
    status: closing.status,
    reason: reasonOf(entry),
    penalty: closing.penalty,
    voidedBy: null,
    voidedOn: null,
  })
}

/**
 * Sets `status` and `closedBy` from the last closure still standing, and marks the closures
 * a penalty revocation voided, as `organizationStatus` decides for the ledger too. Retracted
 * entries never reach the file, so the penalties' revocations are all it is told of.
 */
export function settleStatus(draft: CreditFileDraft): void {
  const closures = draft.registration.closures
  const { status, closedBy, voidedBy } = organizationStatus(closures, revocationsOf(draft))
  for (const closure of closures) {
    const voiding = voidedBy.get(closure.seq)
    const by = voiding?.seq ?? null
    const on = voiding?.on ?? null
    if (closure.voidedBy !== by) closure.voidedBy = by
    if (closure.voidedOn !== on) closure.voidedOn = on
  }
  draft.status = status
  if (closedBy === undefined) draft.closedBy = null
  else if (draft.closedBy?.seq !== closedBy.seq) {
    draft.closedBy = { seq: closedBy.seq, type: closedBy.type, on: closedBy.on }
  }
}

/** The revocations of the file's penalties: the first of each, as the penalties record it. */
function revocationsOf(draft: CreditFileDraft): Undoing[] {
  if (draft.registration.closures.length === 0) return []
  const revocations: Undoing[] = []
  for (const penalty of draft.penalties) {
    if (penalty.revokedBy === null || penalty.revokedOn === null) continue
    revocations.push({
      kind: 'revocation',
      seq: penalty.revokedBy,
      on: penalty.revokedOn,
      target: penalty.seq,
    })
  }
  return revocations
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
