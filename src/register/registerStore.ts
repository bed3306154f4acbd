import type { RegisterList, RegisterListStay, RegisterRecord } from './registerRecord'

/** A page of results and how many there are in all. */
export interface RegisterPage<T> {
  readonly total: number
  readonly items: readonly T[]
}

/** Where a page starts and how long it is. */
export interface PageRequest {
  readonly offset: number
  readonly limit: number
}

/** A search by part of a name: the name now or a former one. */
export interface NameSearch extends PageRequest {
  /** Trimmed, 1 to 100 characters. */
  readonly text: string
}

/** A published list as it stood on a day, optionally for one registrar or division. */
export interface ListQuery extends PageRequest {
  readonly list: RegisterList
  readonly on: string
  /** The registrar's name exactly. */
  readonly registrar?: string
  /** A division code prefix: `31` a province, `3101` a city, `310116` a county. */
  readonly division?: string
}

/** One row of a published list: the stay, and who the organization is now. */
export interface ListedRow extends RegisterListStay {
  readonly org: string
  readonly name: string
  readonly registrar: string
  readonly division: string | null
}

/** Counts over the register on one day. */
export interface RegisterStatistics {
  readonly on: string
  /** Organizations registered or filed on or before the day, whatever their status then. */
  readonly registered: number
  /** `active`, `deregistered`, `revoked`, `banned`: each organization's status on the day. */
  readonly byStatus: Readonly<Record<string, number>>
  /** The rest count only organizations active on the day. */
  readonly active: number
  readonly byKind: Readonly<Record<string, number>>
  /** By the registrar's province (`310000`), city (`310100`) and county (`310116`); `none` for filed groups. */
  readonly byProvince: Readonly<Record<string, number>>
  readonly byCity: Readonly<Record<string, number>>
  readonly byCounty: Readonly<Record<string, number>>
  /** `national` … `county`; `none` for filed groups. */
  readonly byRegistrarLevel: Readonly<Record<string, number>>
  /** The grade held and valid on the day, `none` without one. */
  readonly byGrade: Readonly<Record<string, number>>
  /** On the abnormal list, on the serious list (one organization may be on both), on neither. */
  readonly byList: { readonly abnormal: number; readonly serious: number; readonly none: number }
}

/** One update of the read models: the organizations' new records and the position they reach. */
export interface RegisterUpdate {
  /** Each replaces the record of its organization. */
  readonly records: readonly RegisterRecord[]
  /** Organizations to drop: their registration was retracted. */
  readonly removed: readonly string[]
  /** The position the update was computed from; nothing is written unless it is still current. */
  readonly from: number
  /** The position afterwards: every entry below it is applied. */
  readonly to: number
}

/**
 * Where a register keeps its read models: plain structures in memory, tables beside the entries
 * in SQLite or PostgreSQL. Records and position change together in one transaction, and a
 * write from a stale position changes nothing, so two updaters can never move it backwards.
 */
export interface RegisterStore {
  /** Every entry with a seq below it has been applied; 0 for none. */
  position(): Promise<number>
  /** Applies the update if the position is still `from`; `false` when it has moved. */
  write(update: RegisterUpdate): Promise<boolean>
  /** Forgets every record and sets the position to 0, for a rebuild from zero. */
  clear(): Promise<void>
  /**
   * Runs `work` as the only updater of these read models, in any process: the others wait, and
   * take over if the holder dies.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>
  /** One organization's record. */
  record(org: string): Promise<RegisterRecord | undefined>
  /**
   * Records whose name or a former name contains the text, best first: the exact name, an exact
   * former name, the name starting with the text, the name containing it, a former name
   * containing it; then shorter names first, then by id.
   */
  search(query: NameSearch): Promise<RegisterPage<RegisterRecord>>
  /** The stays in force on the day (listed on or before it, not removed by it), by day listed, id and seq. */
  listed(query: ListQuery): Promise<RegisterPage<ListedRow>>
  /** The counts on a day. */
  statistics(on: string): Promise<RegisterStatistics>
  /** Releases what the store holds open. */
  close(): Promise<void>
}
