import type { Database } from 'better-sqlite3'
import type { EntryEnvelope } from '../../events'
import type { AppendBatch, AppendOutcome } from '../../store'
import { isNextInLine } from '../../store'
import { type StoredEntry, storedEntry } from '../storedEntry'
import { type IdempotencyRow, idempotencyRecord } from './idempotencyRow'
import { lockDatabase } from './lockDatabase'

// Rows go in CHUNK at a time: one statement step per chunk costs less than one per row.
const CHUNK = 50
const ROWS = Array.from({ length: CHUNK }, () => '(?, ?, ?, ?, ?)').join(', ')

/**
 * The append of a SQLite store. The checks and the writes run in one IMMEDIATE transaction,
 * which takes the database's single write lock first (`lockDatabase`): a writer in another
 * process waits for it, then sees the head this one left; inside a section that already
 * holds the lock, they join its transaction. Encoding happens before the lock is taken, to
 * keep it short.
 */
export function sqliteAppend(db: Database): (batch: AppendBatch) => AppendOutcome {
  const findKey = db.prepare<[string], IdempotencyRow>('SELECT * FROM idempotency WHERE key = ?')
  const head = db.prepare<[], number>('SELECT coalesce(max(seq) + 1, 0) FROM entries').pluck()
  const versionOf = db
    .prepare<[string], number>('SELECT coalesce(max(version), 0) FROM entries WHERE org = ?')
    .pluck()
  const insertEntry = db.prepare<[number, string, number, string, Buffer]>(
    'INSERT INTO entries (seq, org, version, entry, leaf) VALUES (?, ?, ?, ?, ?)',
  )
  const insertChunk = db.prepare<unknown[]>(
    `INSERT INTO entries (seq, org, version, entry, leaf) VALUES ${ROWS}`,
  )
  const insertPersonal = db.prepare<[number, Buffer, string]>(
    'INSERT INTO personal (seq, salt, people) VALUES (?, ?, ?)',
  )
  const insertKey = db.prepare<[string, string, number, number]>(
    'INSERT INTO idempotency (key, request_hash, first_seq, entry_count) VALUES (?, ?, ?, ?)',
  )

  const write = db.transaction(
    (batch: AppendBatch, rows: readonly StoredEntry[]): AppendOutcome => {
      const key = batch.idempotency
      if (key) {
        const seen = findKey.get(key.key)
        if (seen) return { status: 'duplicate', record: idempotencyRecord(seen) }
      }
      const at = head.get() as number
      if (!isNextInLine(batch, at, (org) => versionOf.get(org) as number)) {
        return { status: 'conflict', head: at }
      }
      const entries = batch.entries
      let i = 0
      for (; i + CHUNK <= entries.length; i += CHUNK) {
        const values: unknown[] = []
        for (let k = i; k < i + CHUNK; k++) {
          const entry = entries[k] as EntryEnvelope
          const row = rows[k] as StoredEntry
          values.push(entry.seq, entry.org, entry.version, row.text, row.leaf)
        }
        insertChunk.run(values)
      }
      for (; i < entries.length; i++) {
        const entry = entries[i] as EntryEnvelope
        const row = rows[i] as StoredEntry
        insertEntry.run(entry.seq, entry.org, entry.version, row.text, row.leaf)
      }
      for (const record of batch.personal) {
        const salt = Buffer.from(record.salt)
        insertPersonal.run(record.seq, salt, JSON.stringify(record.people))
      }
      if (key) insertKey.run(key.key, key.requestHash, key.firstSeq, key.count)
      return { status: 'committed' }
    },
  )

  return (batch) => {
    const rows = batch.entries.map((entry, i) => storedEntry(entry, batch.leaves?.[i]))
    // Inside a section that holds the write lock, the batch joins its transaction.
    if (db.inTransaction) return write(batch, rows)
    lockDatabase(db, () => head.get() as number)
    try {
      const outcome = write(batch, rows)
      db.exec('COMMIT')
      return outcome
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK')
    }
  }
}
