import type { EntryOf, PartyOrganizationStatus } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** One finding of the Party-organization status, in force until the next one. */
export interface PartyOrganizationView {
  readonly seq: number
  readonly on: string
  readonly status: PartyOrganizationStatus
  readonly department: string
  /** The day a later finding replaced this one, if one did. */
  readonly replacedOn: string | null
  readonly replacedBy: number | null
}

/** Adds the finding, kept in date order; each finding is replaced by the next. */
export function partyOrganizationStatusRecorded(
  draft: CreditFileDraft,
  entry: EntryOf<'PartyOrganizationStatusRecorded'>,
): void {
  const on = effectiveDay(entry.effectiveAt)
  const findings = draft.partyOrganization
  const after = findings.findIndex(
    (item) => item.on > on || (item.on === on && item.seq > entry.seq),
  )
  const at = after === -1 ? findings.length : after
  findings.splice(at, 0, {
    seq: entry.seq,
    on,
    status: entry.data.status,
    department: entry.data.department,
    replacedOn: null,
    replacedBy: null,
  })
  for (let i = 0; i < findings.length; i++) {
    const item = findings[i] as (typeof findings)[number]
    const next = findings[i + 1]
    item.replacedOn = next?.on ?? null
    item.replacedBy = next?.seq ?? null
  }
}
