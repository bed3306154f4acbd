import type { Database } from 'better-sqlite3'
import type { NameSearch, RegisterPage, RegisterRecord } from '../../register'
import { gramSearchable } from './nameGrams'
import { rankedClasses } from './rankedClasses'

/**
 * Past this many matches, a page is read rank class by rank class instead of ranking all: so
 * many are common enough that walking names shortest first finds a page of them soon, while
 * fewer may all be long names, found only after reading most of the table.
 */
const DENSE = 20_000

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
const GRAMMED = hits(
  'n.id IN (SELECT rowid FROM register_names_grams WHERE register_names_grams MATCH :phrase)',
)
// A text the indexes cannot serve (one or two characters that are not letters or digits):
// every organization's names row is read, a narrow table apart from the records.
const SCANNED = hits('(instr(n.name, :text) > 0 OR n.formers IS NOT NULL)')

const PAGE = 'SELECT * FROM hits ORDER BY rank, len, org LIMIT :limit OFFSET :offset'

const records = (ranked: string) =>
  `SELECT o.record FROM (${ranked}) h JOIN register_orgs o ON o.org = h.org
   ORDER BY h.rank, h.len, h.org`

/**
 * Name searches as `searchRecords` answers them. From three characters the trigram index finds
 * the names; one or two letters or digits are found through the grams index; one or two other
 * characters (`%`, `·`) read every names row.
 */
export function sqliteRegisterSearch(
  db: Database,
  dense: number = DENSE,
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
    grammed: db.prepare<Params, string>(`${GRAMMED} ${records(PAGE)}`).pluck(),
    grammedCount: db.prepare<Params, number>(`${GRAMMED} SELECT count(*) FROM hits`).pluck(),
    // A caseless text's word is in exactly the rows whose names contain it.
    gramCount: db
      .prepare<Params, number>(
        'SELECT count(*) FROM register_names_grams WHERE register_names_grams MATCH :phrase',
      )
      .pluck(),
    record: db.prepare<[string], string>('SELECT record FROM register_orgs WHERE org = ?').pluck(),
  }
  const densePage = rankedClasses(db)
  return db.transaction((query: NameSearch) => {
    const { text, offset, limit } = query
    let rows: string[]
    let total: number
    if (gramSearchable(text)) {
      const phrase = `"${text}"`
      const caseless = text.toLowerCase() === text.toUpperCase()
      total = (caseless ? sql.gramCount : sql.grammedCount).get({ text, phrase }) as number
      // Many matches: the page is read in rank order from the indexes, stopping once full,
      // instead of ranking every match.
      rows =
        total > dense
          ? densePage(text, offset, limit).map((org) => sql.record.get(org) as string)
          : sql.grammed.all({ text, phrase, offset, limit })
    } else if ([...text].length < 3) {
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
