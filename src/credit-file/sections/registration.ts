import type { ChangeField, EntryOf } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'
import type { ClosureView } from './closure'

/** One particular a change registration altered; a legal-representative change names nobody. */
export interface ChangeView {
  readonly field: ChangeField
  readonly before: string | number | null
  readonly after: string | number | null
}

/** A change registration (变更登记) and, if it was revoked for fraud (SL-02), when and by what. */
export interface RegistrationChangeView {
  readonly seq: number
  readonly on: string
  readonly changes: readonly ChangeView[]
  readonly revokedOn: string | null
  readonly revokedBy: number | null
  /** Why it was revoked: `fraud` is the SL-02 ground (a change obtained by false material). */
  readonly revocationGround: 'fraud' | 'other' | null
}

/** How the stream opened, what changed, and how it closed. */
export interface RegistrationHistory {
  readonly opened: {
    readonly type: 'OrganizationRegistered' | 'OrganizationFiled'
    readonly on: string
    readonly seq: number
  } | null
  readonly changes: readonly RegistrationChangeView[]
  readonly closures: readonly ClosureView[]
}

type IdentityField =
  | 'name'
  | 'domicile'
  | 'registeredFunds'
  | 'scope'
  | 'supervisingUnit'
  | 'registrar'
  | 'foundationKind'

const IDENTITY_FIELD: Partial<Record<ChangeField, IdentityField>> = {
  name: 'name',
  domicile: 'domicile',
  registered_funds: 'registeredFunds',
  scope: 'scope',
  supervising_unit: 'supervisingUnit',
  registrar: 'registrar',
  foundation_kind: 'foundationKind',
}

/** Applies a change registration to the identity and keeps it in the history. */
export function registrationChanged(
  draft: CreditFileDraft,
  entry: EntryOf<'RegistrationChanged'>,
): void {
  for (const change of entry.data.changes) {
    const field = IDENTITY_FIELD[change.field]
    if (field !== undefined) setIdentity(draft, field, change.after)
  }
  draft.registration.changes.push({
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    changes: entry.data.changes.map((change) => ({
      field: change.field,
      before: change.before ?? null,
      after: change.after ?? null,
    })),
    revokedOn: null,
    revokedBy: null,
    revocationGround: null,
  })
}

/**
 * Undoes a change registration revoked as fraudulent: each particular it set goes back to what
 * it was before, unless a later change has set it again since.
 */
export function changeRegistrationRevoked(
  draft: CreditFileDraft,
  entry: EntryOf<'ChangeRegistrationRevoked'>,
): void {
  const revoked = draft.registration.changes.find((change) => change.seq === entry.amends)
  if (revoked === undefined || revoked.revokedBy !== null) return
  revoked.revokedOn = effectiveDay(entry.effectiveAt)
  revoked.revokedBy = entry.seq
  revoked.revocationGround = entry.data.ground
  for (const change of revoked.changes) {
    const field = IDENTITY_FIELD[change.field]
    if (field !== undefined && draft.identity[field] === change.after) {
      setIdentity(draft, field, change.before)
    }
  }
}

function setIdentity(
  draft: CreditFileDraft,
  field: IdentityField,
  value: string | number | null | undefined,
): void {
  if (field === 'registeredFunds') {
    draft.identity.registeredFunds = typeof value === 'number' ? value : null
  } else if (field === 'foundationKind') {
    draft.identity.foundationKind =
      value === 'public_foundation' || value === 'non_public_foundation' ? value : null
  } else {
    draft.identity[field] = typeof value === 'string' ? value : null
  }
}
