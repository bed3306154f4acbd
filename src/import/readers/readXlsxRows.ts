import { fileURLToPath } from 'node:url'
import { InvalidInputError, readSheet, SheetNotFoundError } from 'read-excel-file/node'
import * as z from 'zod'
import { checkArgument } from '../../_internal/arguments'
import { LedgerError } from '../../errors'
import type { CellValue, SourceRow } from '../sourceRow'
import { type SheetHeader, sheetHeader, sheetRow } from './sheetTable'
import { fileError } from './sourceErrors'

/** Which sheet of a workbook is read, and where its header is. */
export interface XlsxReadOptions {
  /** The sheet's name, or its number from 1; the first sheet by default. */
  readonly sheet?: string | number | undefined
  /** The line of the header row, for sheets with a title above it; the first non-empty row by default. */
  readonly headerLine?: number | undefined
}

const fileSchema = z.union([z.string().min(1), z.instanceof(URL), z.instanceof(Uint8Array)], {
  error: 'expected a file path, a file URL or the bytes of an .xlsx workbook',
})
const optionsSchema = z
  .strictObject({
    sheet: z.union([z.string().min(1), z.number().int().min(1)]).optional(),
    headerLine: z.number().int().min(1).optional(),
  })
  .optional()

/**
 * The rows of one sheet of an .xlsx workbook: the header row names the columns, a row's line
 * is its row number in the sheet, date cells are `Date`s, and empty cells are `null`. The
 * workbook is read whole before the first row; its rows are then given one at a time.
 *
 * @example
 * for await (const row of readXlsxRows('年检结果.xlsx', { sheet: '2023年度' })) console.log(row.values)
 */
export function readXlsxRows(
  file: string | URL | Uint8Array,
  options: XlsxReadOptions = {},
): AsyncIterable<SourceRow> {
  checkArgument(fileSchema, file, 'file')
  checkArgument(optionsSchema, options, 'options')
  const label =
    typeof file === 'string'
      ? file
      : file instanceof URL
        ? fileURLToPath(file)
        : 'the workbook bytes'
  return xlsxRows(file, options, label)
}

async function* xlsxRows(
  file: string | URL | Uint8Array,
  options: XlsxReadOptions,
  label: string,
): AsyncGenerator<SourceRow> {
  const input =
    typeof file === 'string'
      ? file
      : file instanceof URL
        ? fileURLToPath(file)
        : Buffer.from(file.buffer, file.byteOffset, file.byteLength)
  let data: readonly (readonly unknown[])[]
  try {
    data = await readSheet(input, options.sheet ?? 1)
  } catch (error) {
    throw workbookError(error, label, options.sheet)
  }
  let header: SheetHeader | undefined
  for (const [index, cells] of data.entries()) {
    const line = index + 1
    if (header === undefined) {
      const blank = cells.every((cell) => cell === null || cell === '')
      if (options.headerLine === undefined ? blank : line < options.headerLine) continue
      header = sheetHeader(cells, label, line)
      continue
    }
    const row = sheetRow(header, cells as readonly CellValue[], line)
    if (row !== undefined) yield row
  }
}

function workbookError(
  error: unknown,
  label: string,
  sheet: string | number | undefined,
): LedgerError {
  if (error instanceof SheetNotFoundError) {
    const message = `${label} has no sheet ${sheet ?? 1}: ${error.message}`
    return new LedgerError('NOT_FOUND', message, [{ code: 'sheet_not_found', path: [], message }], {
      cause: error,
    })
  }
  if (error instanceof InvalidInputError) {
    const reason =
      error.code === 'XLS_FILE_NOT_SUPPORTED'
        ? 'it is an old .xls workbook: save it as .xlsx'
        : 'it is not an .xlsx workbook'
    const message = `${label} cannot be read: ${reason}`
    return new LedgerError('INVALID_INPUT', message, [{ code: 'not_xlsx', path: [], message }], {
      cause: error,
    })
  }
  return fileError(label, error)
}
