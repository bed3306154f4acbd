import Database from 'better-sqlite3'
import * as z from 'zod'
import { fromZodIssues } from '../../_internal/issues'
import { LedgerError } from '../../errors'
import type { EntryEnvelope, PersonalData } from '../../events'
import type { AppendBatch, EventStore, StoredCheckpoint } from '../../store'
import { pageOptions } from '../pageOptions'
import { pollTail } from '../pollTail'
import { guard } from '../storeFailure'
import { fileLock } from './fileLock'
import { type IdempotencyRow, idempotencyRecord } from './idempotencyRow'
import { lockDatabase } from './lockDatabase'
import { sqliteAppend } from './sqliteAppend'
import { migrateSqlite } from './sqliteSchema'

/** Where a SQLite store keeps its file and how hard it holds on to it. */
export interface SqliteStoreOptions {
  /** Path of the database file, created if missing; `:memory:` for a private database. */
  readonly file: string
  /**
   * `full` (default): an acknowledged append survives a power cut. `normal`: it survives the
   * process being killed, but the last commits may be lost if the machine loses power.
   */
  readonly synchronous?: 'full' | 'normal'
  /** How long a writer waits for another process's write lock, in ms (default 5,000). */
  readonly busyTimeoutMs?: number
}

const optionsSchema = z.strictObject({
  file: z.string().min(1),
  synchronous: z.enum(['full', 'normal']).optional(),
  busyTimeoutMs: z.number().int().min(0).max(600_000).optional(),
})

const parse = (text: string): EntryEnvelope => JSON.parse(text) as EntryEnvelope

/**
 * A store in one SQLite file (better-sqlite3, an optional peer dependency): WAL journal,
 * one transaction per batch, entries kept as JSON text beside their leaf hash.
 * Several processes may open the same file; their writes queue on SQLite's write lock.
 *
 * @example
 * import { sqliteStore } from 'integrity-ledger/sqlite'
 * const ledger = createLedger({ store: sqliteStore({ file: 'register.db' }) })
 */
export function sqliteStore(options: SqliteStoreOptions): EventStore {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['options'])
    const detail = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new LedgerError('INVALID_INPUT', `sqliteStore: ${detail}`, issues)
  }
  const { file, synchronous = 'full', busyTimeoutMs = 5000 } = parsed.data
  const db = guard('opening the SQLite store', () => {
    const opened = new Database(file, { timeout: busyTimeoutMs })
    opened.pragma('journal_mode = WAL')
    opened.pragma(`synchronous = ${synchronous.toUpperCase()}`)
    // Erased personal data is overwritten on disk, not merely unlinked from the b-tree.
    opened.pragma('secure_delete = ON')
    // Appends land all over the (org, version) index; SQLite's 2 MiB default page cache
    // thrashes once that index outgrows it.
    opened.pragma('cache_size = -32768')
    migrateSqlite(opened)
    return opened
  })
  const append = sqliteAppend(db)
  const lock = guard('opening the SQLite store', () => fileLock(file))
  const writing = <T>(action: string, run: () => T): Promise<T> =>
    lock.mutex.run(async () => guard(action, run))
  const sql = {
    head: db.prepare<[], number>('SELECT coalesce(max(seq) + 1, 0) FROM entries').pluck(),
    version: db
      .prepare<[string], number>('SELECT coalesce(max(version), 0) FROM entries WHERE org = ?')
      .pluck(),
    stream: db
      .prepare<[string, number, number], string>(
        'SELECT entry FROM entries WHERE org = ? AND version BETWEEN ? AND ? ORDER BY version',
      )
      .pluck(),
    entry: db.prepare<[number], string>('SELECT entry FROM entries WHERE seq = ?').pluck(),
    page: db
      .prepare<[number, number], string>(
        'SELECT entry FROM entries WHERE seq >= ? ORDER BY seq LIMIT ?',
      )
      .pluck(),
    leaves: db
      .prepare<[number, number], Buffer>(
        'SELECT leaf FROM entries WHERE seq >= ? ORDER BY seq LIMIT ?',
      )
      .pluck(),
    starts: db.prepare<[number, number], { seq: number; org: string }>(
      'SELECT seq, org FROM entries WHERE version = 1 AND seq >= ? ORDER BY seq LIMIT ?',
    ),
    key: db.prepare<[string], IdempotencyRow>('SELECT * FROM idempotency WHERE key = ?'),
    personal: db.prepare<[number], { salt: Buffer; people: string }>(
      'SELECT salt, people FROM personal WHERE seq = ?',
    ),
    erase: db.prepare<[number]>('DELETE FROM personal WHERE seq = ?'),
    saveCheckpoint: db.prepare<[number, string]>(
      'INSERT INTO checkpoints (size, note) VALUES (?, ?)',
    ),
    checkpoints: db.prepare<[], StoredCheckpoint>(
      'SELECT size, note FROM checkpoints ORDER BY size, id',
    ),
  }
  const readPage = async (from: number, limit: number) =>
    guard('reading the log', () => sql.page.all(from, limit).map(parse))

  return {
    append: (batch) => writing('appending', () => append(batch)),
    withWriteLock: (section) =>
      lock.mutex.run(async () => {
        guard('taking the write lock', () => lockDatabase(db, () => sql.head.get() as number))
        try {
          const head = guard('reading the head', () => sql.head.get() as number)
          const write = async (batch: AppendBatch) => guard('appending', () => append(batch))
          const result = await section(write, head)
          guard('committing', () => db.exec('COMMIT'))
          return result
        } finally {
          if (db.inTransaction) guard('rolling back', () => db.exec('ROLLBACK'))
        }
      }),
    async head() {
      return guard('reading the head', () => sql.head.get() as number)
    },
    async streamVersion(org) {
      return guard('reading a stream version', () => sql.version.get(org) as number)
    },
    async readStream(org, range) {
      const from = range?.fromVersion ?? 1
      const to = range?.toVersion ?? Number.MAX_SAFE_INTEGER
      return guard('reading a stream', () => sql.stream.all(org, from, to).map(parse))
    },
    async readEntry(seq) {
      const text = guard('reading an entry', () => sql.entry.get(seq))
      return text === undefined ? undefined : parse(text)
    },
    async *readAll(options) {
      const { from, pageSize } = pageOptions(options)
      for (let at = from; ; ) {
        const page = await readPage(at, pageSize)
        if (page.length > 0) yield page
        if (page.length < pageSize) return
        at += page.length
      }
    },
    tail(from, options) {
      return pollTail(readPage, from, options)
    },
    async *readLeaves(options) {
      const { from, pageSize } = pageOptions(options)
      for (let at = from; ; at += pageSize) {
        const page = guard('reading leaves', () => sql.leaves.all(at, pageSize))
        if (page.length > 0) yield page.map((leaf) => new Uint8Array(leaf))
        if (page.length < pageSize) return
      }
    },
    async *streams() {
      for (let at = 0; ; ) {
        const rows = guard('reading streams', () => sql.starts.all(at, 1000))
        if (rows.length > 0) yield rows.map((row) => row.org)
        if (rows.length < 1000) return
        at = (rows.at(-1)?.seq ?? at) + 1
      }
    },
    async findIdempotency(key) {
      const row = guard('reading an idempotency key', () => sql.key.get(key))
      return row === undefined ? undefined : idempotencyRecord(row)
    },
    async readPersonal(seq) {
      const row = guard('reading personal data', () => sql.personal.get(seq))
      if (row === undefined) return undefined
      return { seq, salt: new Uint8Array(row.salt), people: JSON.parse(row.people) as PersonalData }
    },
    async erasePersonal(seq) {
      await writing('erasing personal data', () => {
        sql.erase.run(seq)
        // Moves the overwritten page into the main file and empties the WAL, so no copy of
        // the erased row is left in the journal either.
        db.pragma('wal_checkpoint(TRUNCATE)')
      })
    },
    async saveCheckpoint(checkpoint) {
      await writing('saving a checkpoint', () =>
        sql.saveCheckpoint.run(checkpoint.size, checkpoint.note),
      )
    },
    async checkpoints() {
      return guard('reading checkpoints', () => sql.checkpoints.all())
    },
    async close() {
      lock.release()
      if (db.open) db.close()
    },
  }
}
