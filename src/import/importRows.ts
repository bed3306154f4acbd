import * as z from 'zod'
import { checkArgument, hasMethods, kindOf } from '../_internal/arguments'
import { underPath } from '../_internal/issues'
import type { Ledger } from '../createLedger'
import { type Issue, isLedgerError, LedgerError } from '../errors'
import { systemClock } from '../time'
import { importKey } from './importKey'
import { type ImportMapping, parseImportMapping } from './importMapping'
import { type ImportRowsOptions, importRowsOptionsSchema } from './importRowsOptions'
import {
  dryRunTarget,
  type ImportTarget,
  ledgerTarget,
  type RowAppendOptions,
} from './importTarget'
import { mapRow } from './mapRow'
import { progressReporter } from './progressReporter'
import { isSourceRow, type SourceRow } from './sourceRow'

/** A row that was not written: its line and every issue, coded, with its path. */
export interface RefusedRow {
  readonly line: number
  readonly issues: readonly Issue[]
}

/** What an import did: rows read, entries written, rows written before, rows refused. */
export interface ImportRowsResult {
  readonly rows: number
  readonly written: number
  readonly repeated: number
  readonly refused: readonly RefusedRow[]
  /** True when the signal stopped the import before it had read to the end of the rows. */
  readonly stopped: boolean
}

const ledgerSchema = z.custom<Ledger>(hasMethods('safeAppend', 'head', 'entries'), {
  message: 'expected a ledger, such as createLedger(…)',
})
const rowsSchema = z.custom<Iterable<SourceRow> | AsyncIterable<SourceRow>>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    (typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' ||
      typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function'),
  { message: 'expected rows: an iterable or async iterable, such as readRows(file)' },
)

/**
 * Appends each row as the mapping says, one at a time, under an idempotency key made from
 * what the row maps to: a run stopped half way and started again, rows in any order, writes
 * each row once, and a row written before counts as `repeated`. A refused row is listed with
 * its line and issues, and the import goes on.
 *
 * @example
 * const result = await importRows(ledger, readRows('registry.csv'), mapping, { dryRun: true })
 */
export async function importRows(
  ledger: Ledger,
  rows: Iterable<SourceRow> | AsyncIterable<SourceRow>,
  mapping: ImportMapping,
  options: ImportRowsOptions = {},
): Promise<ImportRowsResult> {
  checkArgument(ledgerSchema, ledger, 'ledger')
  checkArgument(rowsSchema, rows, 'rows')
  checkArgument(importRowsOptionsSchema, options, 'options')
  const checked = checkedMapping(mapping, options.migration === true)
  const migration = options.migration === true
  const target: ImportTarget =
    options.dryRun === true
      ? dryRunTarget(ledger, options.clock ?? systemClock)
      : ledgerTarget(ledger)
  const progress = progressReporter(options)
  const counts = { rows: 0, written: 0, repeated: 0, refused: 0 }
  const refused: RefusedRow[] = []
  let stopped = options.signal?.aborted === true
  if (!stopped) {
    for await (const row of rows) {
      if (!isSourceRow(row)) throw notARow(row, counts.rows)
      counts.rows++
      const mapped = mapRow(row, checked, migration)
      const outcome = mapped.success
        ? await target.append(
            mapped.data,
            appendOptions(importKey(mapped.data, checked.source), migration),
          )
        : mapped.issues
      if (typeof outcome === 'string') counts[outcome]++
      else {
        counts.refused++
        refused.push({ line: row.line, issues: outcome })
      }
      progress.row(counts)
      if (options.signal?.aborted === true) {
        stopped = true
        break
      }
    }
  }
  progress.done(counts)
  return { rows: counts.rows, written: counts.written, repeated: counts.repeated, refused, stopped }
}

// Built as a variable so that `migration` passes whether or not this ledger's options know it.
function appendOptions(idempotencyKey: string, migration: boolean): RowAppendOptions {
  return migration ? { idempotencyKey, migration: true } : { idempotencyKey }
}

function checkedMapping(mapping: unknown, migration: boolean): ImportMapping {
  let checked: ImportMapping
  try {
    checked = parseImportMapping(mapping)
  } catch (error) {
    if (!isLedgerError(error)) throw error
    throw new LedgerError('INVALID_INPUT', error.message, underPath(error.issues, ['mapping']))
  }
  if (migration && checked.recordedAt === undefined) {
    const message =
      'a migration carries over the day the other system recorded each row: map it as recordedAt'
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'missing_field', path: ['mapping', 'recordedAt'], message },
    ])
  }
  return checked
}

function notARow(value: unknown, index: number): LedgerError {
  const message = `rows: item ${index} is ${kindOf(value)}, not a source row ({ line, values })`
  return new LedgerError('INVALID_INPUT', message, [
    { code: 'invalid_type', path: ['rows', index], message },
  ])
}
