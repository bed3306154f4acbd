import type { Database } from 'better-sqlite3'

// The rank classes of `nameRank`, each as the rows that rank there and nowhere earlier.
const FORMER_EXACT = `(n.formers IS NOT NULL
  AND EXISTS (SELECT 1 FROM json_each(n.formers) WHERE value = :text))`
const PREFIX = 'substr(n.name, 1, length(:text)) = :text'
const CLASSES = {
  exact: 'n.name = :text',
  formerExact: `n.formers IS NOT NULL AND n.name <> :text AND ${FORMER_EXACT}`,
  prefix: `${PREFIX} AND n.name <> :text AND NOT ${FORMER_EXACT}`,
  contains: `instr(n.name, :text) > 0 AND NOT ${PREFIX} AND NOT ${FORMER_EXACT}`,
  formerContains: `n.formers IS NOT NULL AND instr(n.name, :text) = 0 AND NOT ${FORMER_EXACT}
    AND EXISTS (SELECT 1 FROM json_each(n.formers) WHERE instr(value, :text) > 0)`,
}

/**
 * The page of a search with many matches, as ids: class after class in rank order, each read
 * in (name length, id) order and stopped as soon as the page is full. Walking the length index
 * finds a common text's matches among the first rows; names starting with the text are read
 * through the name index when they are few.
 */
export function rankedClasses(
  db: Database,
): (text: string, offset: number, limit: number) => string[] {
  type Params = Record<string, unknown>
  const walk = (where: string, index: string) =>
    db
      .prepare<Params, string>(
        `SELECT n.org FROM register_names n INDEXED BY ${index} WHERE ${where}
         ORDER BY n.name_length, n.org LIMIT :limit`,
      )
      .pluck()
  const sql = {
    exact: walk(CLASSES.exact, 'register_names_by_name'),
    formerExact: walk(CLASSES.formerExact, 'register_names_with_formers'),
    prefixFew: walk(
      `n.name > :text AND n.name < :upper AND ${CLASSES.prefix}`,
      'register_names_by_name',
    ),
    prefixMany: walk(CLASSES.prefix, 'register_names_by_length'),
    prefixCount: db
      .prepare<Params, number>(
        `SELECT count(*) FROM register_names INDEXED BY register_names_by_name
         WHERE name > :text AND name < :upper`,
      )
      .pluck(),
    contains: walk(CLASSES.contains, 'register_names_by_length'),
    formerContains: walk(CLASSES.formerContains, 'register_names_with_formers'),
  }
  return (text, offset, limit) => {
    const need = offset + limit
    // Every name starting with the text sorts between it and it followed by the last code point.
    const upper = `${text}\u{10FFFF}`
    const page: string[] = []
    const read = (query: { all(params: Params): string[] }) => {
      if (page.length < need) page.push(...query.all({ text, upper, limit: need - page.length }))
    }
    read(sql.exact)
    read(sql.formerExact)
    const few = (sql.prefixCount.get({ text, upper }) as number) <= 2000
    read(few ? sql.prefixFew : sql.prefixMany)
    read(sql.contains)
    read(sql.formerContains)
    return page.slice(offset, need)
  }
}
