import { cellText } from '../convertCell'
import { type CellValue, isEmptyCell, type SourceRow } from '../sourceRow'
import { faultAt } from './sourceErrors'

/** The column names of a sheet's header row; `null` for a column without one, which is skipped. */
export type SheetHeader = readonly (string | null)[]

/** The header row's names, trimmed; two columns of one name are a fault of the file. */
export function sheetHeader(cells: readonly unknown[], label: string, line: number): SheetHeader {
  const names = cells.map((cell) =>
    isEmptyCell(cell as CellValue) ? null : cellText(cell as string),
  )
  const seen = new Set<string>()
  for (const name of names) {
    if (name === null) continue
    if (seen.has(name))
      throw faultAt(label, line, 'duplicate_column', `two columns are called ${name}`)
    seen.add(name)
  }
  if (seen.size === 0) throw faultAt(label, line, 'no_header', 'the header row names no column')
  return names
}

/**
 * A row of cells by column name, empty cells as `null`; undefined for a row with nothing in
 * its named columns, which is left out. Cells under no name are ignored.
 */
export function sheetRow(
  header: SheetHeader,
  cells: readonly CellValue[],
  line: number,
): SourceRow | undefined {
  const entries: [string, CellValue][] = []
  let filled = false
  header.forEach((name, index) => {
    if (name === null) return
    const cell = cells[index]
    const value = isEmptyCell(cell) ? null : (cell as CellValue)
    if (value !== null) filled = true
    entries.push([name, value])
  })
  // fromEntries defines each key as the row's own, so a column called __proto__ stays a column.
  return filled ? { line, values: Object.fromEntries(entries) } : undefined
}
