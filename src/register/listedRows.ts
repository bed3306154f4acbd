import { stayOn } from './recordOnDay'
import type { RegisterRecord } from './registerRecord'
import type { ListedRow, ListQuery, RegisterPage } from './registerStore'

/** A published list on a day, from the records: what every store's `listed` returns. */
export function listedRows(
  records: Iterable<RegisterRecord>,
  query: ListQuery,
): RegisterPage<ListedRow> {
  const rows: ListedRow[] = []
  for (const record of records) {
    if (query.registrar !== undefined && record.registrar !== query.registrar) continue
    if (query.division !== undefined && !record.division?.startsWith(query.division)) continue
    for (const stay of record.stays) {
      if (stay.list !== query.list || !stayOn(stay, query.on)) continue
      const { org, name, registrar, division } = record
      rows.push({ ...stay, org, name, registrar, division })
    }
  }
  rows.sort(byListing)
  return { total: rows.length, items: rows.slice(query.offset, query.offset + query.limit) }
}

/** By day listed, then id, then seq. */
export function byListing(a: ListedRow, b: ListedRow): number {
  if (a.listedOn !== b.listedOn) return a.listedOn < b.listedOn ? -1 : 1
  if (a.org !== b.org) return a.org < b.org ? -1 : 1
  return a.seq - b.seq
}
