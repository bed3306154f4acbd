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

/**
 * A name search over the records: what every store's `search` returns. Matches are grouped by
 * rank and length, which are small numbers, so only the groups the page reaches are sorted.
 */
export function searchRecords(
  records: Iterable<RegisterRecord>,
  query: NameSearch,
): RegisterPage<RegisterRecord> {
  const groups = new Map<number, RegisterRecord[]>()
  let total = 0
  for (const record of records) {
    const rank = nameRank(record, query.text)
    if (rank === undefined) continue
    total++
    const key = rank * 1_000_000 + characters(record.name)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [record])
    else group.push(record)
  }
  const end = query.offset + query.limit
  const items: RegisterRecord[] = []
  let seen = 0
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    if (seen >= end) break
    const group = groups.get(key) as RegisterRecord[]
    if (seen + group.length > query.offset) {
      group.sort((a, b) => (a.org < b.org ? -1 : a.org > b.org ? 1 : 0))
      items.push(...group.slice(Math.max(0, query.offset - seen), end - seen))
    }
    seen += group.length
  }
  return { total, items }
}

/** A name's length in characters, as SQL's `length` and `char_length` count them. */
function characters(name: string): number {
  let count = 0
  for (const _ of name) count++
  return count
}
