import Database from 'better-sqlite3'
import * as z from 'zod'
import { fromZodIssues } from '../../_internal/issues'
import { LedgerError } from '../../errors'
import type { RegisterRecord, RegisterStore } from '../../register'
import { guard } from '../storeFailure'
import { fileLock } from './fileLock'
import { REGISTER_LEASE_MS, sqliteRegisterLease } from './sqliteRegisterLease'
import { sqliteRegisterListed } from './sqliteRegisterListed'
import { migrateSqliteRegister } from './sqliteRegisterSchema'
import { sqliteRegisterSearch } from './sqliteRegisterSearch'
import { sqliteRegisterStatistics } from './sqliteRegisterStatistics'
import { sqliteRegisterWrite } from './sqliteRegisterWrite'

/** Where a SQLite register keeps its read models. */
export interface SqliteRegisterStoreOptions {
  /** Path of the database file, usually the ledger's own; created if missing. */
  readonly file: string
  /** How long a write waits for another process's write lock, in ms (default 5,000). */
  readonly busyTimeoutMs?: number
  /**
   * How long the updater lease lasts unless renewed, in ms (default `REGISTER_LEASE_MS`,
   * 10,000): the longest another process waits after an updater dies without giving it back.
   */
  readonly leaseMs?: number
}

const optionsSchema = z.strictObject({
  file: z.string().min(1),
  busyTimeoutMs: z.number().int().min(0).max(600_000).optional(),
  leaseMs: z.number().int().min(300).max(600_000).optional(),
})

/**
 * A register's read models as tables in a SQLite file, beside the ledger's entries: one row per
 * organization with its record, its list stays, grade stretches and closures, a trigram
 * full-text index of names, the position and an updater lease (see docs/sqlite.md).
 *
 * @example
 * import { sqliteRegisterStore, sqliteStore } from 'integrity-ledger/sqlite'
 * const register = createRegister({
 *   store: sqliteStore({ file: 'register.db' }),
 *   readModels: sqliteRegisterStore({ file: 'register.db' }),
 * })
 */
export function sqliteRegisterStore(options: SqliteRegisterStoreOptions): RegisterStore {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['options'])
    const detail = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new LedgerError('INVALID_INPUT', `sqliteRegisterStore: ${detail}`, issues)
  }
  const { file, busyTimeoutMs = 5000, leaseMs = REGISTER_LEASE_MS } = parsed.data
  const db = guard('opening the SQLite register', () => {
    const opened = new Database(file, { timeout: busyTimeoutMs })
    opened.pragma('journal_mode = WAL')
    // The read models are rebuilt from the log: after a power cut they may lose their last
    // writes, which moves records and position back together, and the next catch-up redoes them.
    opened.pragma('synchronous = NORMAL')
    opened.pragma('cache_size = -32768')
    migrateSqliteRegister(opened)
    return opened
  })
  const lock = guard('opening the SQLite register', () => fileLock(file))
  // Every write queues behind the other handles of this process on the file (see fileLock).
  const writing = <T>(action: string, run: () => T): Promise<T> =>
    lock.mutex.run(async () => guard(action, run))
  const { write, clear, position, record, search, listed, statistics } = guard(
    'preparing the SQLite register',
    () => ({
      ...sqliteRegisterWrite(db),
      position: db.prepare<[], number>('SELECT position FROM register_position').pluck(),
      record: db
        .prepare<[string], string>('SELECT record FROM register_orgs WHERE org = ?')
        .pluck(),
      search: sqliteRegisterSearch(db),
      listed: sqliteRegisterListed(db),
      statistics: sqliteRegisterStatistics(db),
    }),
  )
  const exclusive = sqliteRegisterLease(db, writing, leaseMs)

  return {
    async position() {
      return guard('reading the register position', () => position.get() as number)
    },
    write: (update) => writing('writing the register', () => write(update)),
    clear: () => writing('clearing the register', clear),
    exclusive,
    async record(org) {
      const text = guard('reading a register record', () => record.get(org))
      return text === undefined ? undefined : (JSON.parse(text) as RegisterRecord)
    },
    async search(query) {
      return guard('searching the register', () => search(query))
    },
    async listed(query) {
      return guard('reading a published list', () => listed(query))
    },
    async statistics(on) {
      return guard('counting the register', () => statistics(on))
    },
    async close() {
      lock.release()
      if (db.open) db.close()
    },
  }
}
