import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as z from 'zod'
import { checkArgument } from '../../_internal/arguments'
import { LedgerError } from '../../errors'
import type { SourceRow } from '../sourceRow'
import { type CsvReadOptions, readCsvRows } from './readCsvRows'
import { readJsonlRows } from './readJsonlRows'
import { readXlsxRows, type XlsxReadOptions } from './readXlsxRows'
import { textEncodings } from './textChunks'

/** The formats `readRows` reads. */
export type RowFormat = 'csv' | 'xlsx' | 'jsonl'

/** How `readRows` reads a file: its format, when the extension does not say, and the reader's options. */
export interface RowReadOptions extends CsvReadOptions, XlsxReadOptions {
  readonly format?: RowFormat | undefined
}

const EXTENSIONS: Readonly<Record<string, RowFormat>> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.xlsx': 'xlsx',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
}

const fileSchema = z.union([z.string().min(1), z.instanceof(URL)], {
  error: 'expected a file path or a file URL',
})
const optionsSchema = z
  .strictObject({
    format: z.enum(['csv', 'xlsx', 'jsonl']).optional(),
    encoding: z.enum(textEncodings).optional(),
    delimiter: z.enum([',', ';', '\t']).optional(),
    headerLine: z.number().int().min(1).optional(),
    sheet: z.union([z.string().min(1), z.number().int().min(1)]).optional(),
  })
  .optional()

/**
 * The rows of a file, read by the reader its extension names (`.csv`, `.tsv`, `.xlsx`,
 * `.jsonl`, `.ndjson`) or `format`, with the options of that reader.
 *
 * @example
 * const rows = readRows('examples/import/registry-records.csv')
 */
export function readRows(
  file: string | URL,
  options: RowReadOptions = {},
): AsyncIterable<SourceRow> {
  checkArgument(fileSchema, file, 'file')
  checkArgument(optionsSchema, options, 'options')
  const path = typeof file === 'string' ? file : fileURLToPath(file)
  const extension = extname(path).toLowerCase()
  const format = options.format ?? EXTENSIONS[extension]
  if (format === undefined) {
    const message = `cannot tell the format of ${path} from its extension: pass format 'csv', 'xlsx' or 'jsonl'`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'unknown_format', path: ['options', 'format'], message },
    ])
  }
  const { encoding, delimiter, headerLine, sheet } = options
  switch (format) {
    case 'csv':
      return readCsvRows(path, {
        encoding,
        delimiter: delimiter ?? (extension === '.tsv' ? '\t' : undefined),
        headerLine,
      })
    case 'xlsx':
      return readXlsxRows(path, { sheet, headerLine })
    case 'jsonl':
      return readJsonlRows(path, { encoding })
  }
}
