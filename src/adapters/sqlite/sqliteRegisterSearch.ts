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
const HITS = `WITH hits AS (
    SELECT * FROM (
      SELECT n.org AS org, ${RANK} AS rank, n.name_length AS len FROM register_names n
      WHERE n.id IN (SELECT rowid FROM register_names_fts WHERE register_names_fts MATCH :phrase)
    ) WHERE rank IS NOT NULL
  )`

const records = (ranked: string) =>
  `SELECT o.record FROM (${ranked}) h JOIN register_orgs o ON o.org = h.org
   ORDER BY h.rank, h.len, h.org`

/**
 * Name searches as `searchRecords` answers them. From three characters the trigram index
 * finds the names; one or two characters make no trigram, so those texts are looked up in
 * `register_grams`, which holds each record's rank for every one- and two-character part of
 * its names, in the order a page reads.
 */
export function sqliteRegisterSearch(
  db: Database,
): (query: NameSearch) => RegisterPage<RegisterRecord> {
  type Params = Record<string, unknown>
  const sql = {
    long: db
      .prepare<Params, string>(
        `${HITS} ${records('SELECT * FROM hits ORDER BY rank, len, org LIMIT :limit OFFSET :offset')}`,
      )
      .pluck(),
    longCount: db.prepare<Params, number>(`${HITS} SELECT count(*) FROM hits`).pluck(),
    // Without a line break in the text, every index match is a true one.
    indexCount: db
      .prepare<Params, number>(
        'SELECT count(*) FROM register_names_fts WHERE register_names_fts MATCH :phrase',
      )
      .pluck(),
    short: db
      .prepare<Params, string>(
        records(`SELECT org, rank, name_length AS len FROM register_grams WHERE gram = :text
          ORDER BY rank, name_length, org LIMIT :limit OFFSET :offset`),
      )
      .pluck(),
    shortCount: db
      .prepare<Params, number>('SELECT count(*) FROM register_grams WHERE gram = :text')
      .pluck(),
  }
  return db.transaction((query: NameSearch) => {
    const { text, offset, limit } = query
    let rows: string[]
    let total: number
    if ([...text].length < 3) {
      rows = sql.short.all({ text, offset, limit })
      total = sql.shortCount.get({ text }) as number
    } else {
      // An FTS5 string: the whole text as one phrase, a `"` written twice.
      const phrase = `"${text.replaceAll('"', '""')}"`
      rows = sql.long.all({ text, phrase, offset, limit })
      total = (text.includes('\n') ? sql.longCount : sql.indexCount).get({ text, phrase }) as number
    }
    return { total, items: rows.map((row) => JSON.parse(row) as RegisterRecord) }
  })
}
