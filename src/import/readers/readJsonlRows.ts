import * as z from 'zod'
import { checkArgument } from '../../_internal/arguments'
import type { CellValue, SourceRow } from '../sourceRow'
import { faultAt } from './sourceErrors'
import {
  isTextSource,
  sourceLabel,
  type TextEncoding,
  type TextSource,
  textChunks,
  textEncodings,
} from './textChunks'

/** How a JSON Lines file is read. */
export interface JsonlReadOptions {
  /** `utf-8` (the default), `gbk` or `gb18030`. */
  readonly encoding?: TextEncoding | undefined
}

const sourceSchema = z.custom<TextSource>(isTextSource, {
  message: 'expected a file path, a file URL, { text }, bytes or a stream',
})
const optionsSchema = z.strictObject({ encoding: z.enum(textEncodings).optional() }).optional()

/**
 * The rows of a JSON Lines dump, one object per line whose values are text, numbers, booleans
 * or null, read as a stream; a row's line is its line in the file, and blank lines are
 * skipped. A string is a file path; pass text as `{ text }`.
 *
 * @example
 * for await (const row of readJsonlRows('dump.jsonl')) console.log(row.line, row.values)
 */
export function readJsonlRows(
  source: TextSource,
  options: JsonlReadOptions = {},
): AsyncIterable<SourceRow> {
  checkArgument(sourceSchema, source, 'source')
  checkArgument(optionsSchema, options, 'options')
  return jsonlRows(source, options.encoding ?? 'utf-8', sourceLabel(source, 'JSON Lines'))
}

async function* jsonlRows(
  source: TextSource,
  encoding: TextEncoding,
  label: string,
): AsyncGenerator<SourceRow> {
  let line = 0
  let rest = ''
  for await (const chunk of textChunks(source, encoding, label)) {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop() ?? ''
    for (const text of lines) {
      line++
      const row = rowOf(text, line, label)
      if (row !== undefined) yield row
    }
  }
  const last = rowOf(rest, line + 1, label)
  if (last !== undefined) yield last
}

function rowOf(text: string, line: number, label: string): SourceRow | undefined {
  if (text.trim() === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw faultAt(label, line, 'json_syntax', `not JSON: ${reason}`, error)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw faultAt(label, line, 'not_an_object', 'each line must be one JSON object')
  }
  for (const [key, cell] of Object.entries(value)) {
    if (typeof cell === 'object' && cell !== null) {
      throw faultAt(label, line, 'nested_value', `${key} holds an object or a list, not a cell`)
    }
  }
  const values = value as Record<string, CellValue>
  return Object.values(values).some((cell) => cell !== null && cell !== '')
    ? { line, values }
    : undefined
}
