import type { Pool } from 'pg'
import type { NameSearch, RegisterPage, RegisterRecord } from '../../register'
import { escapeLike } from './escapeLike'
import { rankedClassesSql } from './postgresRankedClasses'
import { postgresRows } from './postgresRows'

/** Past this many matches of a short text, its page is read rank class by rank class. */
const DENSE = 2000
/**
 * Past this many matches containing the text after its start, they are found by walking names
 * shortest first: so many are found soon, while fewer may all be long names, found only after
 * reading most of the table.
 */
const WALK = 20_000

/**
 * The register's name search in SQL, ranked as `nameRank` ranks. A record matches only if a
 * name contains the text, so a text of one or two characters narrows the rows to those with
 * it among their pieces (`register_grams`, GIN-indexed), and a longer one to those whose joined names
 * are LIKE it (through the trigram index when there is one); the CASE then ranks each row
 * exactly, dropping a row that only matched across two joined names.
 */
export function postgresRegisterSearch(
  pool: Pool,
  schema: string,
): (query: NameSearch) => Promise<RegisterPage<RegisterRecord>> {
  const sql = (narrow: string) => `
    WITH hits AS MATERIALIZED (
      SELECT org, char_length(name) AS len,
        CASE
          WHEN name = $1 THEN 0
          WHEN $1 = ANY (former_names) THEN 1
          WHEN starts_with(name, $1) THEN 2
          WHEN strpos(name, $1) > 0 THEN 3
          WHEN EXISTS (SELECT 1 FROM unnest(former_names) AS f WHERE strpos(f, $1) > 0) THEN 4
        END AS rank
      FROM "${schema}".register_names
      WHERE ${narrow}
    )
    SELECT t.total, o.record
    FROM (SELECT count(*)::int AS total FROM hits WHERE rank IS NOT NULL) AS t
    LEFT JOIN LATERAL (
      SELECT org, rank, len FROM hits WHERE rank IS NOT NULL
      ORDER BY rank, len, org OFFSET $3 LIMIT $4
    ) AS p ON true
    LEFT JOIN "${schema}".register_organizations AS o ON o.org = p.org
    ORDER BY p.rank, p.len, p.org`
  const grams = `"${schema}".register_grams(names) @> ARRAY[$1::text]`
  const short = sql(`"${schema}".register_grams(names) @> ARRAY[$2::text]`)
  const long = sql('names LIKE $2')
  const count = `SELECT count(*)::int AS total FROM "${schema}".register_names WHERE ${grams}`
  const walking = rankedClassesSql(schema, true)
  const sorting = rankedClassesSql(schema, false)
  const prefixes = `SELECT count(*)::int AS n FROM "${schema}".register_names WHERE name LIKE $1`
  return async (query) => {
    const text = query.text
    const isShort = [...text].length <= 2
    if (isShort) {
      // A short text's pieces index exactly the rows whose names contain it: count them first,
      // and past DENSE matches read the page class by class instead of ranking them all.
      const counted = await postgresRows<{ total: number }>(pool, 'counting names', count, [text])
      const total = counted[0]?.total ?? 0
      if (total > DENSE) {
        const pattern = `${escapeLike(text)}%`
        const starting = await postgresRows<{ n: number }>(pool, 'counting names', prefixes, [
          pattern,
        ])
        // Walk the length index only when many matches contain the text past its start.
        const walk = total - (starting[0]?.n ?? 0) > WALK
        const page = await postgresRows<{ record: RegisterRecord }>(
          pool,
          'searching names',
          walk ? walking : sorting,
          [text, pattern, query.offset, query.limit],
        )
        return { total, items: page.map((row) => row.record) }
      }
    }
    const rows = await postgresRows<{ total: number; record: RegisterRecord | null }>(
      pool,
      'searching names',
      isShort ? short : long,
      [text, isShort ? text : `%${escapeLike(text)}%`, query.offset, query.limit],
    )
    const items: RegisterRecord[] = []
    for (const row of rows) if (row.record !== null) items.push(row.record)
    return { total: rows[0]?.total ?? 0, items }
  }
}
