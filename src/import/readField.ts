import type { Issue, PlainIssueCode } from '../errors'
import { cellText, convertCell, type FilledCell } from './convertCell'
import type { FieldMapping } from './fieldMapping'
import { isEmptyCell, type SourceRow } from './sourceRow'

/** What a row gives for one field: its value, nothing, or a coded issue at its column. */
export type FieldRead =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'missing'; readonly issue: Issue }
  | { readonly kind: 'invalid'; readonly issue: Issue }

/**
 * Reads one field of an entry from a row as its mapping says. `target` names the field in
 * messages (`data.result`); issues are at the column, as the person fixing the sheet sees it.
 */
export function readField(row: SourceRow, field: FieldMapping, target: string): FieldRead {
  // A copy, so that a path mapped inside a fixed object never changes the mapping itself.
  if (field.column === undefined)
    return { kind: 'value', value: structuredClone(field.value ?? null) }
  const column = field.column
  const value = Object.hasOwn(row.values, column) ? row.values[column] : undefined
  if (isEmptyCell(value)) {
    const message =
      value === undefined
        ? `there is no column ${column} (for ${target})`
        : `${column} is empty, and ${target} needs a value`
    return { kind: 'missing', issue: { code: 'missing_value', path: [column], message } }
  }
  const cell = value as FilledCell
  if (field.split === undefined || typeof cell !== 'string') return one(cell, field, column, target)
  const pieces = cell
    .split(field.split)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
  if (pieces.length === 0) {
    const message = `${column} holds no value between its separators, and ${target} needs one`
    return { kind: 'missing', issue: { code: 'missing_value', path: [column], message } }
  }
  const values: unknown[] = []
  for (const piece of pieces) {
    const read = one(piece, field, column, target)
    if (read.kind !== 'value') return read
    values.push(read.value)
  }
  return { kind: 'value', value: values }
}

function one(cell: FilledCell, field: FieldMapping, column: string, target: string): FieldRead {
  if (field.map !== undefined) {
    const text = cellText(cell)
    if (Object.hasOwn(field.map, text)) return { kind: 'value', value: field.map[text] }
    const known = Object.keys(field.map)
    const listed = `${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}`
    return invalid(
      'unmapped_value',
      column,
      `${JSON.stringify(text)} is not one of the values mapped for ${target} (${listed})`,
    )
  }
  const converted = convertCell(cell, field.convert ?? 'text')
  if (converted.ok) return { kind: 'value', value: converted.value }
  return invalid(
    converted.code,
    column,
    `${JSON.stringify(cellText(cell))} is not ${converted.expected} (for ${target})`,
  )
}

function invalid(code: PlainIssueCode, column: string, message: string): FieldRead {
  return { kind: 'invalid', issue: { code, path: [column], message } }
}
