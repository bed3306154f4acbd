import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { CsvError, parse } from 'csv-parse'
import * as z from 'zod'
import { checkArgument } from '../../_internal/arguments'
import type { SourceRow } from '../sourceRow'
import { type SheetHeader, sheetHeader, sheetRow } from './sheetTable'
import { faultAt } from './sourceErrors'
import {
  isTextSource,
  sourceLabel,
  type TextEncoding,
  type TextSource,
  textChunks,
  textEncodings,
} from './textChunks'

/** How a CSV file is read. */
export interface CsvReadOptions {
  /** `utf-8` (the default, with or without a byte order mark), `gbk` or `gb18030`. */
  readonly encoding?: TextEncoding | undefined
  /** The character between cells: `,` (the default), `;` or a tab. */
  readonly delimiter?: ',' | ';' | '\t' | undefined
  /** The line of the header row, for files with a title above it; the first line by default. */
  readonly headerLine?: number | undefined
}

const sourceSchema = z.custom<TextSource>(isTextSource, {
  message: 'expected a file path, a file URL, { text }, bytes or a stream',
})
const optionsSchema = z
  .strictObject({
    encoding: z.enum(textEncodings).optional(),
    delimiter: z.enum([',', ';', '\t']).optional(),
    headerLine: z.number().int().min(1).optional(),
  })
  .optional()

/**
 * The rows of a CSV file, read as a stream: the first row names the columns, the header is
 * line 1, empty lines count as lines and yield nothing, and empty cells are `null`. A string
 * is a file path; pass text as `{ text }`. Faults of the file (a quote never closed, bytes
 * that are not text) are `INVALID_INPUT` naming the file and line; a missing file is `NOT_FOUND`.
 *
 * @example
 * for await (const row of readCsvRows('registry-records.csv')) console.log(row.line, row.values)
 */
export function readCsvRows(
  source: TextSource,
  options: CsvReadOptions = {},
): AsyncIterable<SourceRow> {
  checkArgument(sourceSchema, source, 'source')
  checkArgument(optionsSchema, options, 'options')
  return csvRows(source, options, sourceLabel(source, 'CSV'))
}

async function* csvRows(
  source: TextSource,
  options: CsvReadOptions,
  label: string,
): AsyncGenerator<SourceRow> {
  const parser = parse({
    bom: true,
    info: true,
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    skip_empty_lines: true,
  })
  // The parser's own iteration reports whatever stops the pipeline.
  pipeline(Readable.from(textChunks(source, options.encoding ?? 'utf-8', label)), parser).catch(
    () => {},
  )
  let header: SheetHeader | undefined
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[]
      info: { records: number; empty_lines: number }
    }>) {
      // A sheet shows an empty line as an empty row, and a quoted line break inside its cell.
      const line = info.records + info.empty_lines
      if (header === undefined) {
        if (line < (options.headerLine ?? 1)) continue
        header = sheetHeader(record, label, line)
        continue
      }
      const row = sheetRow(header, record, line)
      if (row !== undefined) yield row
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0
      throw faultAt(label, line, 'csv_syntax', error.message, error)
    }
    throw error
  }
}
