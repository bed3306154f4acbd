import type { PlainIssueCode } from '../errors'
import type { Conversion } from './fieldMapping'
import { sheetDate } from './sheetDate'
import { yuanAmount } from './yuanAmount'

/** A cell that is not empty. */
export type FilledCell = string | number | boolean | Date

/** What a conversion made of a cell: the value, or why it could not. */
export type Converted =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: PlainIssueCode; readonly expected: string }

const TRUE = new Set(['是', '有', 'true', 'yes', 'y', '1', '√', '✓', '对'])
const FALSE = new Set(['否', '无', 'false', 'no', 'n', '0', '×', '✗', '错'])
const INTEGER = /^[+-]?\d+(?:\.0*)?$/
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

/** A cell as text: strings trimmed, a date cell as its day (or instant, if it has a time). */
export function cellText(cell: FilledCell): string {
  if (typeof cell === 'string') return cell.trim()
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return 'Invalid Date'
    const iso = cell.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  return String(cell)
}

/** A cell converted as a field mapping's `convert` says. */
export function convertCell(cell: FilledCell, conversion: Conversion): Converted {
  switch (conversion) {
    case 'text':
      return { ok: true, value: cellText(cell) }
    case 'date':
      return result(sheetDate(cell), 'invalid_date', 'a date such as 2015年3月2日 or 2015-03-02')
    case 'integer':
      return result(integerOf(cell), 'invalid_integer', 'a whole number')
    case 'year':
      return result(yearOf(cell), 'invalid_year', 'a year such as 2023 or 2023年度')
    case 'number':
      return result(numberOf(cell), 'invalid_number', 'a number')
    case 'boolean':
      return result(booleanOf(cell), 'invalid_boolean', '是 or 否 (yes or no)')
    case 'yuan':
    case 'wan_yuan': {
      const amount =
        typeof cell === 'string' || typeof cell === 'number'
          ? yuanAmount(cell, conversion === 'yuan' ? 1 : 10_000)
          : undefined
      return result(amount, 'invalid_amount', 'an amount in whole yuan, such as 50000 or 5万元')
    }
  }
}

function result(value: unknown, code: PlainIssueCode, expected: string): Converted {
  return value === undefined ? { ok: false, code, expected } : { ok: true, value }
}

function numberOf(cell: FilledCell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined
  if (typeof cell !== 'string') return undefined
  const text = cell.normalize('NFKC').replace(/[\s,]/g, '')
  return NUMBER.test(text) ? Number(text) : undefined
}

function integerOf(cell: FilledCell): number | undefined {
  if (typeof cell === 'string' && !INTEGER.test(cell.normalize('NFKC').replace(/[\s,]/g, ''))) {
    return undefined
  }
  const value = numberOf(cell)
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined
}

function yearOf(cell: FilledCell): number | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.getUTCFullYear()
  return integerOf(typeof cell === 'string' ? cell.trim().replace(/\s*年度?$/, '') : cell)
}

function booleanOf(cell: FilledCell): boolean | undefined {
  if (typeof cell === 'boolean') return cell
  if (cell instanceof Date) return undefined
  const text = String(cell).normalize('NFKC').trim().toLowerCase()
  if (TRUE.has(text)) return true
  return FALSE.has(text) ? false : undefined
}
