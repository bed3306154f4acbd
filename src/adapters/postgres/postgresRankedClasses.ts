// The page of a search with many matches, class after class in `nameRank` order: each class
// read in (length, id) order and cut at the rows the page needs, so a common character does
// not rank every match. $1 the text, $2 its LIKE prefix pattern, $3 offset, $4 limit; a class
// is the rows that rank there and nowhere earlier.
const FORMER_EXACT = '$1 = ANY (former_names)'
const PREFIX = 'starts_with(name, $1)'
const NEED = '$3::int + $4::int'
const CONTAINS = `strpos(name, $1) > 0 AND NOT ${PREFIX} AND NOT ${FORMER_EXACT}`
const classes = [
  'name = $1',
  `cardinality(former_names) > 0 AND name <> $1 AND ${FORMER_EXACT}`,
  `name LIKE $2 AND ${PREFIX} AND name <> $1 AND NOT ${FORMER_EXACT}`,
  CONTAINS,
  `cardinality(former_names) > 0 AND strpos(name, $1) = 0 AND NOT ${FORMER_EXACT}
     AND EXISTS (SELECT 1 FROM unnest(former_names) AS f WHERE strpos(f, $1) > 0)`,
]

/**
 * The SQL of a crowded page over the schema's names, returning the records in order. With
 * `walk` the names containing the text (but not starting with it) are found by walking the
 * length index, which stops early when they are many; without, through the pieces index and a
 * sort, which is cheaper when they are few (most matches start with the text, say).
 */
export function rankedClassesSql(schema: string, walk: boolean): string {
  const names = `"${schema}".register_names`
  const branch = (where: string, rank: number) =>
    `(SELECT org, ${rank} AS rank, char_length(name) AS len FROM ${names}
      WHERE ${where} ORDER BY char_length(name), org LIMIT ${NEED})`
  const contains = walk
    ? branch(CONTAINS, 3)
    : // OFFSET 0 keeps the planner from walking the length index for the ORDER BY.
      `(SELECT * FROM (SELECT org, 3 AS rank, char_length(name) AS len FROM ${names}
        WHERE "${schema}".register_grams(names) @> ARRAY[$1::text] AND ${CONTAINS} OFFSET 0) AS c
        ORDER BY len, org LIMIT ${NEED})`
  const branches = classes.map((where, rank) => (rank === 3 ? contains : branch(where, rank)))
  return `
    SELECT o.record
    FROM (SELECT * FROM (${branches.join(' UNION ALL ')}) AS c
          ORDER BY rank, len, org OFFSET $3 LIMIT $4) AS p
    JOIN "${schema}".register_organizations AS o ON o.org = p.org
    ORDER BY p.rank, p.len, p.org`
}
