import type { Database } from 'better-sqlite3'
import type { ListedRow, ListQuery, RegisterList, RegisterPage } from '../../register'

interface StayRow {
  list: RegisterList
  seq: number
  listed_on: string
  removed_on: string | null
  reason: string
  removal_reason: string | null
  rule: string | null
  department: string
  entries: string
  org: string
  name: string
  registrar: string
  division: string | null
}

// The registrar and division are compared only when asked for (`:registrar IS NULL`). The
// division is a prefix of digits (checked before it gets here), compared by `substr`, not
// `LIKE`, so no character of it is a wildcard. The index holds every column the filter
// reads, so counting touches no table rows.
const IN_FORCE = `FROM register_stays INDEXED BY register_stays_in_force
  WHERE list = :list AND listed_on <= :on AND (removed_on IS NULL OR removed_on > :on)
    AND (:registrar IS NULL OR registrar = :registrar)
    AND (:division IS NULL OR substr(division, 1, length(:division)) = :division)`

/** Published lists on a day as `listedRows` answers them, from the stays' index. */
export function sqliteRegisterListed(db: Database): (query: ListQuery) => RegisterPage<ListedRow> {
  const sql = {
    count: db.prepare<Record<string, unknown>, number>(`SELECT count(*) ${IN_FORCE}`).pluck(),
    page: db.prepare<Record<string, unknown>, StayRow>(
      `SELECT list, seq, listed_on, removed_on, reason, removal_reason, rule, department,
         entries, org, name, registrar, division
       ${IN_FORCE} ORDER BY listed_on, org, seq, position LIMIT :limit OFFSET :offset`,
    ),
  }
  return db.transaction((query: ListQuery) => {
    const filter = {
      list: query.list,
      on: query.on,
      registrar: query.registrar ?? null,
      division: query.division ?? null,
    }
    const total = sql.count.get(filter) as number
    const rows = sql.page.all({ ...filter, limit: query.limit, offset: query.offset })
    return { total, items: rows.map(listedRow) }
  })
}

function listedRow(row: StayRow): ListedRow {
  return {
    list: row.list,
    seq: row.seq,
    listedOn: row.listed_on,
    removedOn: row.removed_on,
    reason: row.reason,
    removalReason: row.removal_reason,
    rule: row.rule,
    department: row.department,
    entries: JSON.parse(row.entries) as number[],
    org: row.org,
    name: row.name,
    registrar: row.registrar,
    division: row.division,
  }
}
