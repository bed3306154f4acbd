import type { Pool } from 'pg'
import type { RegisterStatistics } from '../../register'
import { count, countDivision, emptyCounts, statisticsFrom } from '../../register'
import { postgresRows } from './postgresRows'

interface Row {
  readonly dim: 'status' | 'kind' | 'division' | 'level' | 'grade' | 'list'
  readonly status: string
  readonly key: string | null
  readonly abnormal: boolean
  readonly serious: boolean
  readonly n: number
}

/**
 * The register's counts on a day in SQL, as `statisticsOf` makes them: each organization's
 * status from the latest closure in force (the later one on a tie), its first grade held and
 * valid, and its lists, joined once and counted by every dimension in one pass of grouping
 * sets. Provinces and cities are summed here from the counties, and keys sorted as JS sorts.
 */
export function postgresRegisterStatistics(
  pool: Pool,
  schema: string,
): (on: string) => Promise<RegisterStatistics> {
  const s = `"${schema}"`
  const sql = `
    WITH closed AS (
      SELECT DISTINCT ON (org) org, status FROM ${s}.register_closures
      WHERE closed_on <= $1 AND (voided_on IS NULL OR voided_on > $1)
      ORDER BY org, closed_on DESC, ordinal DESC
    ), graded AS (
      SELECT DISTINCT ON (org) org, grade FROM ${s}.register_grades
      WHERE from_on <= $1 AND (until_on IS NULL OR until_on > $1)
        AND valid_from <= $1 AND valid_to >= $1
      ORDER BY org, ordinal
    ), listed AS (
      SELECT org, bool_or(list = 'abnormal') AS abnormal, bool_or(list = 'serious') AS serious
      FROM ${s}.register_stays
      WHERE listed_on <= $1 AND (removed_on IS NULL OR removed_on > $1)
      GROUP BY org
    ), day AS (
      SELECT coalesce(c.status, 'active') AS status, o.kind, o.division,
        o.registrar_level AS level, coalesce(g.grade, 'none') AS grade,
        coalesce(l.abnormal, false) AS abnormal, coalesce(l.serious, false) AS serious
      FROM ${s}.register_organizations AS o
      LEFT JOIN closed AS c ON c.org = o.org
      LEFT JOIN graded AS g ON g.org = o.org
      LEFT JOIN listed AS l ON l.org = o.org
      WHERE o.registered_on <= $1
    )
    SELECT
      CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(division) = 0 THEN 'division'
        WHEN GROUPING(level) = 0 THEN 'level' WHEN GROUPING(grade) = 0 THEN 'grade'
        WHEN GROUPING(abnormal) = 0 THEN 'list' ELSE 'status' END AS dim,
      status, coalesce(kind, division, level, grade) AS key, abnormal, serious, count(*)::int AS n
    FROM day
    GROUP BY GROUPING SETS ((status), (status, kind), (status, division), (status, level),
      (status, grade), (status, abnormal, serious))`
  return async (on) => {
    const rows = await postgresRows<Row>(pool, 'counting the register', sql, [on])
    const counts = emptyCounts()
    let registered = 0
    for (const row of rows) {
      if (row.dim === 'status') {
        registered += row.n
        count(counts.byStatus, row.status, row.n)
        continue
      }
      if (row.status !== 'active') continue
      if (row.dim === 'division') countDivision(counts, row.key, row.n)
      else if (row.dim === 'list') {
        if (row.abnormal) counts.byList.abnormal += row.n
        if (row.serious) counts.byList.serious += row.n
        if (!row.abnormal && !row.serious) counts.byList.none += row.n
      } else {
        const byDim = { kind: counts.byKind, level: counts.byRegistrarLevel, grade: counts.byGrade }
        count(byDim[row.dim], row.key ?? 'none', row.n)
      }
    }
    return statisticsFrom(on, registered, counts.byStatus.active ?? 0, counts)
  }
}
