import type { EntryInput } from '../../src/ledger/entryInput'
import type { Authority } from './regions'

/** What every entry builder of one organization reads. */
export interface OrganizationProfile {
  readonly org: string
  readonly kind: 'social_group' | 'social_service_organization' | 'foundation'
  readonly authority: Authority
  /** Day number of the registration. */
  readonly registeredOn: number
  readonly year: number
}

/** An entry before the history is put in effective order. */
export interface Planned {
  /** Day number of `effectiveAt`. */
  readonly day: number
  readonly input: EntryInput
  /** The planned entry this one amends; resolved to a position once the order is settled. */
  readonly amends?: Planned
  /** Whether the entry closes the stream, so nothing after it is kept. */
  readonly closes?: boolean
}
