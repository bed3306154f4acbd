import type { Database } from 'better-sqlite3'
import type { RegisterRecord } from '../../register/registerRecord'
import type { NameSearch, RegisterPage } from '../../register/registerStore'

// nameRank over one organization's row: `instr` and `substr` compare characters exactly, as
// `includes` and `startsWith` do, and former names are compared one by one from their JSON.
const RANK = `CASE
    WHEN n.name = :text THEN 0
    WHEN n.formers IS NOT NULL
      AND EXISTS (SELECT 1 FROM json_each(n.formers) WHERE value = :text) THEN 1
    WHEN substr(n.name, 1, length(:text)) = :text THEN 2
    WHEN instr(n.name, :text) > 0 THEN 3
    WHEN n.formers IS NOT NULL
      AND EXISTS (SELECT 1 FROM json_each(n.formers) WHERE instr(value, :text) > 0) THEN 4
  END`

// The trigram index finds the candidates; the rank, computed exactly, keeps the true matches.
const hits = (where: string) => `WITH hits AS (
    SELECT * FROM (
      SELECT n.org AS org, ${RANK} AS rank, n.name_length AS len FROM register_names n
      WHERE ${where}
    ) WHERE rank IS NOT NULL
  )`

const INDEXED = hits(
  'n.id IN (SELECT rowid FROM register_names_fts WHERE register_names_fts MATCH :phrase)',
)
// One or two characters make no trigram: every organization's names row is read, a narrow
// table apart from the records.
const SCANNED = hits('(instr(n.name, :text) > 0 OR n.formers IS NOT NULL)')

const PAGE = 'SELECT * FROM hits ORDER BY rank, len, org LIMIT :limit OFFSET :offset'

const records = (ranked: string) =>
  `SELECT o.record FROM (${ranked}) h JOIN register_orgs o ON o.org = h.org
   ORDER BY h.rank, h.len, h.org`

/**
 * Name searches as `searchRecords` answers them. From three characters the trigram index finds
 * the names; one or two characters make no trigram, so those searches read every names row.
 */
export function sqliteRegisterSearch(
  db: Database,
): (query: NameSearch) => RegisterPage<RegisterRecord> {
  type Params = Record<string, unknown>
  const sql = {
    indexed: db.prepare<Params, string>(`${INDEXED} ${records(PAGE)}`).pluck(),
    indexedCount: db.prepare<Params, number>(`${INDEXED} SELECT count(*) FROM hits`).pluck(),
    // Without a line break in the text, every index match is a true one.
    indexCount: db
      .prepare<Params, number>(
        'SELECT count(*) FROM register_names_fts WHERE register_names_fts MATCH :phrase',
      )
      .pluck(),
    scanned: db.prepare<Params, string>(`${SCANNED} ${records(PAGE)}`).pluck(),
    scannedCount: db.prepare<Params, number>(`${SCANNED} SELECT count(*) FROM hits`).pluck(),
  }
  return db.transaction((query: NameSearch) => {
    const { text, offset, limit } = query
    let rows: string[]
    let total: number
    if ([...text].length < 3) {
      rows = sql.scanned.all({ text, offset, limit })
      total = sql.scannedCount.get({ text }) as number
    } else {
      // An FTS5 string: the whole text as one phrase, a `"` written twice.
      const phrase = `"${text.replaceAll('"', '""')}"`
      rows = sql.indexed.all({ text, phrase, offset, limit })
      const count = text.includes('\n') ? sql.indexedCount : sql.indexCount
      total = count.get({ text, phrase }) as number
    }
    return { total, items: rows.map((row) => JSON.parse(row) as RegisterRecord) }
  })
}
