/** A cell as a reader gives it: text, a number, a boolean, a date (from a sheet), or empty. */
export type CellValue = string | number | boolean | Date | null

/**
 * One row of a sheet or dump, by column name, with its line as a person sees it: in a sheet
 * the header is line 1, so the first row of data is line 2.
 */
export interface SourceRow {
  readonly line: number
  readonly values: Readonly<Record<string, CellValue>>
}

/** True for an empty cell: nothing, or only white space. */
export function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
}

/** True when a value has the shape of a `SourceRow`. */
export function isSourceRow(value: unknown): value is SourceRow {
  if (typeof value !== 'object' || value === null) return false
  const row = value as { line?: unknown; values?: unknown }
  return (
    Number.isSafeInteger(row.line) &&
    typeof row.values === 'object' &&
    row.values !== null &&
    !Array.isArray(row.values)
  )
}
