import type { RegisterRecord } from './registerRecord'
import type { NameSearch, RegisterPage } from './registerStore'

/**
 * How well a record matches a name search, best 0; `undefined` for no match. Every store ranks
 * by it: exact name, exact former name, name prefix, name substring, former-name substring;
 * ties go to the shorter name in characters, then to the lower id in code-unit order.
 */
export function nameRank(record: RegisterRecord, text: string): number | undefined {
  if (record.name === text) return 0
  if (record.formerNames.includes(text)) return 1
  if (record.name.startsWith(text)) return 2
  if (record.name.includes(text)) return 3
  if (record.formerNames.some((name) => name.includes(text))) return 4
  return undefined
}

/** A name search over the records: what every store's `search` returns. */
export function searchRecords(
  records: Iterable<RegisterRecord>,
  query: NameSearch,
): RegisterPage<RegisterRecord> {
  const hits: { record: RegisterRecord; rank: number; length: number }[] = []
  for (const record of records) {
    const rank = nameRank(record, query.text)
    if (rank !== undefined) hits.push({ record, rank, length: characters(record.name) })
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.length - b.length ||
      (a.record.org < b.record.org ? -1 : a.record.org > b.record.org ? 1 : 0),
  )
  return {
    total: hits.length,
    items: hits.slice(query.offset, query.offset + query.limit).map((hit) => hit.record),
  }
}

/** A name's length in characters, as SQL's `length` and `char_length` count them. */
function characters(name: string): number {
  let count = 0
  for (const _ of name) count++
  return count
}
