import type { Pool } from 'pg'
import type { ListedRow, ListQuery, RegisterList, RegisterPage } from '../../register'
import { escapeLike } from './escapeLike'
import { postgresRows } from './postgresRows'

interface Row {
  readonly total: number
  readonly org: string | null
  readonly list: RegisterList
  readonly seq: string
  readonly listed_on: string
  readonly removed_on: string | null
  readonly reason: string
  readonly removal_reason: string | null
  readonly rule: string | null
  readonly department: string
  readonly entries: number[]
  readonly name: string
  readonly registrar: string
  readonly division: string | null
}

/**
 * A published list on a day in SQL, as `listedRows` gives it: the stays in force, filtered on
 * the registrar and division copied into each stay, counted, and one page of them joined to
 * the organizations. Stays of one organization with the same day and seq keep their order in
 * the record, as the reference's stable sort keeps it.
 */
export function postgresRegisterListed(
  pool: Pool,
  schema: string,
): (query: ListQuery) => Promise<RegisterPage<ListedRow>> {
  const s = `"${schema}"`
  return async (query) => {
    const values: unknown[] = [query.list, query.on, query.offset, query.limit]
    let filters = ''
    if (query.registrar !== undefined) {
      values.push(query.registrar)
      filters += ` AND registrar = $${values.length}`
    }
    if (query.division !== undefined) {
      values.push(`${escapeLike(query.division)}%`)
      filters += ` AND division LIKE $${values.length}`
    }
    const sql = `
      WITH hits AS MATERIALIZED (
        SELECT org, ordinal, seq, listed_on FROM ${s}.register_stays
        WHERE list = $1 AND listed_on <= $2 AND (removed_on IS NULL OR removed_on > $2)${filters}
      )
      SELECT t.total, s.org, s.list, s.seq, s.listed_on, s.removed_on, s.reason,
        s.removal_reason, s.rule, s.department, s.entries, o.name, o.registrar, o.division
      FROM (SELECT count(*)::int AS total FROM hits) AS t
      LEFT JOIN LATERAL (
        SELECT * FROM hits ORDER BY listed_on, org, seq, ordinal OFFSET $3 LIMIT $4
      ) AS p ON true
      LEFT JOIN ${s}.register_stays AS s ON s.org = p.org AND s.ordinal = p.ordinal
      LEFT JOIN ${s}.register_organizations AS o ON o.org = p.org
      ORDER BY p.listed_on, p.org, p.seq, p.ordinal`
    const rows = await postgresRows<Row>(pool, 'reading a list', sql, values)
    const items: ListedRow[] = []
    for (const row of rows) {
      if (row.org === null) continue
      items.push({
        list: row.list,
        seq: Number(row.seq),
        listedOn: row.listed_on,
        removedOn: row.removed_on,
        reason: row.reason,
        removalReason: row.removal_reason,
        rule: row.rule,
        department: row.department,
        entries: row.entries,
        org: row.org,
        name: row.name,
        registrar: row.registrar,
        division: row.division,
      })
    }
    return { total: rows[0]?.total ?? 0, items }
  }
}
