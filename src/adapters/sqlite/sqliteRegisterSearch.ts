import type { Database } from 'better-sqlite3'
import type { RegisterRecord } from '../../register/registerRecord'
import type { NameSearch, RegisterPage } from '../../register/registerStore'

// nameRank, row by row: each name row scores alone and an organization keeps its best.
// `instr` and `substr` compare characters exactly, as `includes` and `startsWith` do.
const RANK = `min(CASE
    WHEN n.former = 0 AND n.name = :text THEN 0
    WHEN n.former = 1 AND n.name = :text THEN 1
    WHEN n.former = 0 AND substr(n.name, 1, length(:text)) = :text THEN 2
    WHEN n.former = 0 THEN 3
    ELSE 4 END)`

const hits = (where: string) =>
  `WITH hits AS (
     SELECT n.org AS org, ${RANK} AS rank, max(n.name_length) AS len
     FROM register_names n WHERE ${where} AND instr(n.name, :text) > 0 GROUP BY n.org
   )`

// Three characters make a trigram the index can look up; the match is rechecked by `instr`.
const INDEXED = hits(
  'n.id IN (SELECT rowid FROM register_names_fts WHERE register_names_fts MATCH :phrase)',
)
// One or two characters make no trigram, so every name is scanned: the narrow names table,
// not the organizations with their records.
const SCANNED = hits('1')

const page = (with_: string) =>
  `${with_}
   SELECT o.record AS record, h.total AS total FROM (
     SELECT org, rank, len, count(*) OVER () AS total FROM hits
     ORDER BY rank, len, org LIMIT :limit OFFSET :offset
   ) h JOIN register_orgs o ON o.org = h.org
   ORDER BY h.rank, h.len, h.org`

/** Name searches as `searchRecords` answers them, by the trigram index from three characters. */
export function sqliteRegisterSearch(
  db: Database,
): (query: NameSearch) => RegisterPage<RegisterRecord> {
  type Row = { record: string; total: number }
  const sql = {
    indexed: db.prepare<Record<string, unknown>, Row>(page(INDEXED)),
    scanned: db.prepare<Record<string, unknown>, Row>(page(SCANNED)),
    countIndexed: db.prepare<Record<string, unknown>, number>(
      `${INDEXED} SELECT count(*) FROM hits`,
    ),
    countScanned: db.prepare<Record<string, unknown>, number>(
      `${SCANNED} SELECT count(*) FROM hits`,
    ),
  }
  for (const statement of [sql.countIndexed, sql.countScanned]) statement.pluck()
  return db.transaction((query: NameSearch) => {
    const { text, offset, limit } = query
    const indexed = [...text].length >= 3
    // An FTS5 string: the whole text as one phrase, a `"` written twice.
    const params = indexed
      ? { text, offset, limit, phrase: `"${text.replaceAll('"', '""')}"` }
      : { text, offset, limit }
    const rows = (indexed ? sql.indexed : sql.scanned).all(params)
    const total =
      rows[0]?.total ??
      (offset === 0 ? 0 : ((indexed ? sql.countIndexed : sql.countScanned).get(params) as number))
    return { total, items: rows.map((row) => JSON.parse(row.record) as RegisterRecord) }
  })
}
