import type { Database } from 'better-sqlite3'
import type { RegisterStatistics } from '../../register'
import { count, countDivision, emptyCounts, statisticsFrom } from '../../register'

// statusOn: of the closures in force on the day, the latest, and of those on one day the last
// in the record's order. Only organizations registered by the day count.
const CLOSED = `WITH closed AS (
  SELECT org, status FROM (
    SELECT org, status,
      row_number() OVER (PARTITION BY org ORDER BY closed_on DESC, position DESC) AS n
    FROM register_closures
    WHERE registered_on <= :on AND closed_on <= :on AND (voided_on IS NULL OR voided_on > :on)
  ) WHERE n = 1
)`

const STATUS = `${CLOSED} SELECT status AS key, count(*) AS n FROM closed GROUP BY status`

const REGISTERED = 'SELECT count(*) FROM register_orgs WHERE registered_on <= :on'

// The index is in group order and holds every column read, so the counts read it straight
// through with no sort and no table rows.
const ACTIVE = `${CLOSED}
  SELECT kind, division, registrar_level AS level, count(*) AS n
  FROM register_orgs INDEXED BY register_orgs_by_group
  WHERE registered_on <= :on AND org NOT IN (SELECT org FROM closed)
  GROUP BY kind, division, registrar_level`

// gradeOn: the first stretch, in the record's order, held and valid on the day. SQLite takes
// a bare column (`grade`) from the row that gave the aggregate `min(position)`.
const GRADE = `${CLOSED}
  SELECT grade AS key, count(*) AS n FROM (
    SELECT org, grade, min(position) FROM register_grades
    WHERE registered_on <= :on AND from_day <= :on AND (until_day IS NULL OR :on < until_day)
      AND valid_from <= :on AND :on <= valid_to AND org NOT IN (SELECT org FROM closed)
    GROUP BY org
  ) GROUP BY grade`

const LISTS = `${CLOSED}
  SELECT count(*) AS listed, coalesce(sum(abnormal), 0) AS abnormal,
    coalesce(sum(serious), 0) AS serious FROM (
    SELECT org, max(list = 'abnormal') AS abnormal, max(list = 'serious') AS serious
    FROM register_stays
    WHERE registered_on <= :on AND listed_on <= :on AND (removed_on IS NULL OR removed_on > :on)
      AND org NOT IN (SELECT org FROM closed)
    GROUP BY org
  )`

type Count = { key: string; n: number }
type Group = { kind: string; division: string | null; level: string | null; n: number }
type Lists = { listed: number; abnormal: number; serious: number }

/**
 * The counts of `statisticsOf`, by GROUP BY over the tables: closures, grades and stays in
 * force on the day, and the active organizations grouped by kind, division and level, which
 * JS then sums into provinces, cities and counties.
 */
export function sqliteRegisterStatistics(db: Database): (on: string) => RegisterStatistics {
  const sql = {
    status: db.prepare<{ on: string }, Count>(STATUS),
    registered: db.prepare<{ on: string }, number>(REGISTERED).pluck(),
    active: db.prepare<{ on: string }, Group>(ACTIVE),
    grade: db.prepare<{ on: string }, Count>(GRADE),
    lists: db.prepare<{ on: string }, Lists>(LISTS),
  }
  return db.transaction((on: string): RegisterStatistics => {
    const registered = sql.registered.get({ on }) as number
    const counts = emptyCounts()
    let closed = 0
    for (const { key, n } of sql.status.all({ on })) {
      count(counts.byStatus, key, n)
      closed += n
    }
    const active = registered - closed
    if (active > 0) counts.byStatus.active = active
    for (const { kind, division, level, n } of sql.active.all({ on })) {
      count(counts.byKind, kind, n)
      countDivision(counts, division, n)
      count(counts.byRegistrarLevel, level ?? 'none', n)
    }
    let graded = 0
    for (const { key, n } of sql.grade.all({ on })) {
      count(counts.byGrade, key, n)
      graded += n
    }
    if (active > graded) counts.byGrade.none = active - graded
    const lists = sql.lists.get({ on }) as Lists
    counts.byList.abnormal = lists.abnormal
    counts.byList.serious = lists.serious
    counts.byList.none = active - lists.listed
    return statisticsFrom(on, registered, active, counts)
  })
}
