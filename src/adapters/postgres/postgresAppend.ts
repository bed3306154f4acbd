import type { Pool, PoolClient } from 'pg'
import type { AppendBatch, AppendOutcome, IdempotencyRecord } from '../../store'
import { isNextInLine } from '../../store'
import { storedEntry } from '../storedEntry'

interface AppendRow {
  readonly out_status: 'committed' | 'conflict' | 'duplicate'
  readonly out_head: string
  readonly out_request_hash: string | null
  readonly out_first_seq: string | null
  readonly out_count: number | null
}

/**
 * The append of a PostgreSQL store: checks what can be checked without the database (the
 * batch's own positions and versions run on without gaps), encodes and hashes outside any
 * lock, then makes one call to the schema's `append_batch`, which takes the head row's lock,
 * checks the head and each stream's version and writes everything in one transaction. `via`
 * is the pool, or the client whose transaction already holds that lock.
 */
export function postgresAppend(
  schema: string,
  head: () => Promise<number>,
): (batch: AppendBatch, via: Pool | PoolClient) => Promise<AppendOutcome> {
  const text = `SELECT * FROM "${schema}".append_batch(
    $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`
  const name = `integrity-ledger/${schema}/append`

  return async (batch, via) => {
    const entries = batch.entries
    const firstVersions = new Map<string, number>()
    for (const entry of entries) {
      if (!firstVersions.has(entry.org)) firstVersions.set(entry.org, entry.version)
    }
    const start = entries[0]?.seq ?? (await head())
    // With each stream's first version taken as given, this checks only the batch itself.
    const wellFormed = isNextInLine(batch, start, (org) => (firstVersions.get(org) ?? 1) - 1)
    const rows = entries.map((entry, i) => storedEntry(entry, batch.leaves?.[i]))
    const key = batch.idempotency
    const result = await via.query<AppendRow>({
      name,
      text,
      values: [
        wellFormed ? start : -1,
        entries.map((e) => e.org),
        entries.map((e) => e.version),
        rows.map((row) => row.text).join('\n'),
        Buffer.concat(rows.map((row) => row.leaf)),
        [...firstVersions.keys()],
        [...firstVersions.values()],
        batch.personal.map((p) => p.seq),
        batch.personal.map((p) => Buffer.from(p.salt)),
        batch.personal.map((p) => JSON.stringify(p.people)),
        key?.key ?? null,
        key?.requestHash ?? null,
        key?.firstSeq ?? null,
        key?.count ?? null,
      ],
    })
    const row = result.rows[0] as AppendRow
    if (row.out_status === 'committed') return { status: 'committed' }
    if (row.out_status === 'conflict') return { status: 'conflict', head: Number(row.out_head) }
    const record: IdempotencyRecord = {
      key: key?.key ?? '',
      requestHash: row.out_request_hash ?? '',
      firstSeq: Number(row.out_first_seq),
      count: row.out_count ?? 0,
    }
    return { status: 'duplicate', record }
  }
}
