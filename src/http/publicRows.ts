import type { OrganizationStatus } from '../events'
import type { ListedRow, RegisterList, RegisterRecord } from '../register'

/**
 * An organization as a search answers it: only what the register publishes of everyone. Never
 * its list stays, which a disclosure policy may stop showing, nor the entries behind them.
 */
export interface OrganizationSummary {
  /** The USCC or filing id. */
  readonly org: string
  readonly name: string
  readonly formerNames: readonly string[]
  /** `social_group`, `social_service_organization`, `foundation` or `community_group`. */
  readonly kind: string
  readonly status: OrganizationStatus
  readonly registrar: string
  /** The registrar's six-digit division code; `null` for a filed group. */
  readonly division: string | null
  readonly registeredOn: string
}

/** One organization on a published list on a day, as the list publishes it. */
export interface ListedSummary {
  readonly org: string
  readonly name: string
  readonly registrar: string
  readonly division: string | null
  readonly list: RegisterList
  readonly listedOn: string
  /** The listing's reason code, such as `annual_report_missing`. */
  readonly reason: string
}

/** The public fields of a register record, copied one by one so nothing else comes along. */
export function organizationSummary(record: RegisterRecord): OrganizationSummary {
  return {
    org: record.org,
    name: record.name,
    formerNames: [...record.formerNames],
    kind: record.kind,
    status: record.status,
    registrar: record.registrar,
    division: record.division,
    registeredOn: record.registeredOn,
  }
}

/** The public fields of a list's row. */
export function listedSummary(row: ListedRow): ListedSummary {
  return {
    org: row.org,
    name: row.name,
    registrar: row.registrar,
    division: row.division,
    list: row.list,
    listedOn: row.listedOn,
    reason: row.reason,
  }
}
