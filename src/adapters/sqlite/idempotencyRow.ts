import type { IdempotencyRecord } from '../../store'

/** An idempotency row as SQLite returns it. */
export interface IdempotencyRow {
  readonly key: string
  readonly request_hash: string
  readonly first_seq: number
  readonly entry_count: number
}

/** The record a row holds. */
export function idempotencyRecord(row: IdempotencyRow): IdempotencyRecord {
  return {
    key: row.key,
    requestHash: row.request_hash,
    firstSeq: row.first_seq,
    count: row.entry_count,
  }
}
