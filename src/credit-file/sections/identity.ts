import type { AuthorityLevel, EntryOf, FoundationKind } from '../../events'
import type { OrganizationKind } from '../../identity'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** The public-fundraising qualification (公开募捐资格) as it stands. */
export interface PublicFundraising {
  readonly held: boolean
  /** When it was last granted. */
  readonly since: string | null
  /** When it was last revoked, if it was. */
  readonly revokedOn: string | null
  /** The entry that last granted or revoked it. */
  readonly seq: number | null
}

/** Who the organization is: its registration or filing, with later changes applied. */
export interface Identity {
  readonly name: string | null
  /** The three registered forms, or `community_group` for a filed group. */
  readonly kind: OrganizationKind | null
  /** The registration authority, or the street or township that took the filing. */
  readonly registrar: string | null
  /** `null` for a filed group. */
  readonly registrarLevel: AuthorityLevel | null
  readonly supervisingUnit: string | null
  readonly domicile: string | null
  /** Where a filed group is active. */
  readonly region: string | null
  /** In yuan. */
  readonly registeredFunds: number | null
  readonly certificateNumber: string | null
  readonly scope: string | null
  /** The founding or filing day. */
  readonly foundedOn: string | null
  /** Whether it is a charity (慈善组织). */
  readonly charity: boolean
  readonly charitySince: string | null
  /** Registered with the Ministry of Civil Affairs, or recognised as a national charity. */
  readonly nationalLevel: boolean
  readonly publicFundraising: PublicFundraising
  /** A foundation's kind, public or non-public, as registered or changed; `null` when unstated. */
  readonly foundationKind: FoundationKind | null
}

/** The identity of a file that has folded no registration yet. */
export function emptyIdentity(): Identity {
  return {
    name: null,
    kind: null,
    registrar: null,
    registrarLevel: null,
    supervisingUnit: null,
    domicile: null,
    region: null,
    registeredFunds: null,
    certificateNumber: null,
    scope: null,
    foundedOn: null,
    charity: false,
    charitySince: null,
    nationalLevel: false,
    publicFundraising: { held: false, since: null, revokedOn: null, seq: null },
    foundationKind: null,
  }
}

/** Takes the particulars of a registration. */
export function organizationRegistered(
  draft: CreditFileDraft,
  entry: EntryOf<'OrganizationRegistered'>,
): void {
  const data = entry.data
  const on = effectiveDay(entry.effectiveAt)
  const identity = draft.identity
  draft.idScheme = 'uscc'
  draft.registration.opened = { type: entry.type, on, seq: entry.seq }
  identity.name = data.name
  identity.kind = data.kind
  identity.registrar = data.registrar
  identity.registrarLevel = data.registrarLevel
  identity.supervisingUnit = data.supervisingUnit ?? null
  identity.domicile = data.domicile
  identity.registeredFunds = data.registeredFunds
  identity.certificateNumber = data.certificateNumber
  identity.scope = data.scope ?? null
  identity.foundedOn = on
  identity.nationalLevel = data.registrarLevel === 'national'
  identity.foundationKind = data.foundationKind ?? null
  if (data.charity === true) {
    identity.charity = true
    identity.charitySince = on
  }
}

/** Takes the particulars of a filing. */
export function organizationFiled(
  draft: CreditFileDraft,
  entry: EntryOf<'OrganizationFiled'>,
): void {
  const data = entry.data
  const on = effectiveDay(entry.effectiveAt)
  draft.idScheme = 'filing'
  draft.registration.opened = { type: entry.type, on, seq: entry.seq }
  draft.identity.name = data.name
  draft.identity.kind = 'community_group'
  draft.identity.registrar = data.filingAuthority
  draft.identity.region = data.region
  draft.identity.domicile = data.domicile ?? null
  draft.identity.foundedOn = on
}

/** Marks the organization a charity. */
export function charityRecognized(
  draft: CreditFileDraft,
  entry: EntryOf<'CharityRecognized'>,
): void {
  draft.identity.charity = true
  draft.identity.charitySince = effectiveDay(entry.effectiveAt)
  if (entry.data.nationalLevel) draft.identity.nationalLevel = true
}

/** Records the fundraising qualification as held. */
export function fundraisingGranted(
  draft: CreditFileDraft,
  entry: EntryOf<'PublicFundraisingQualificationGranted'>,
): void {
  draft.identity.publicFundraising = {
    held: true,
    since: effectiveDay(entry.effectiveAt),
    revokedOn: null,
    seq: entry.seq,
  }
}

/** Records the fundraising qualification as lost. */
export function fundraisingRevoked(
  draft: CreditFileDraft,
  entry: EntryOf<'PublicFundraisingQualificationRevoked'>,
): void {
  const fundraising = draft.identity.publicFundraising
  fundraising.held = false
  fundraising.revokedOn = effectiveDay(entry.effectiveAt)
  fundraising.seq = entry.seq
}
