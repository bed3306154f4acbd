import type { Issue, Result } from '../errors'
import { cellText, type FilledCell } from './convertCell'
import type { ImportMapping } from './importMapping'
import type { KindMapping } from './kindMapping'
import { isEmptyCell, type SourceRow } from './sourceRow'

const byValue = new WeakMap<ImportMapping, ReadonlyMap<string, KindMapping>>()

function kindsByValue(mapping: ImportMapping): ReadonlyMap<string, KindMapping> {
  let kinds = byValue.get(mapping)
  if (kinds === undefined) {
    const map = new Map<string, KindMapping>()
    for (const kind of mapping.kinds) {
      const values =
        kind.when === undefined ? [] : typeof kind.when === 'string' ? [kind.when] : kind.when
      for (const value of values) map.set(value.trim(), kind)
    }
    kinds = map
    byValue.set(mapping, kinds)
  }
  return kinds
}

/** The kind of row a row is: the only one, or the one its kind column names. */
export function selectKind(row: SourceRow, mapping: ImportMapping): Result<KindMapping> {
  const column = mapping.kindColumn
  if (column === undefined) return { success: true, data: mapping.kinds[0] as KindMapping }
  const cell = Object.hasOwn(row.values, column) ? row.values[column] : undefined
  const kinds = kindsByValue(mapping)
  if (isEmptyCell(cell)) {
    return refuse({
      code: 'missing_value',
      path: [column],
      message:
        cell === undefined
          ? `there is no column ${column} to tell the kind of row`
          : `${column} is empty, so the kind of row is unknown`,
    })
  }
  const text = cellText(cell as FilledCell)
  const kind = kinds.get(text)
  if (kind !== undefined) return { success: true, data: kind }
  return refuse({
    code: 'unknown_row_kind',
    path: [column],
    message: `${JSON.stringify(text)} is not a kind of row the mapping knows (${[...kinds.keys()].join(', ')})`,
  })
}

function refuse(issue: Issue): Result<never> {
  return { success: false, issues: [issue] }
}
