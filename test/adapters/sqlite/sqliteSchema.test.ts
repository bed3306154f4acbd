import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrateSqlite, SQLITE_SCHEMA_VERSION, sqliteStore } from '../../../src/adapters/sqlite'
import { isLedgerError } from '../../../src/errors'
import { tempDatabase } from './tempFile'

describe('migrateSqlite', () => {
  it('creates the tables in WAL mode and records the schema version', async () => {
    const database = tempDatabase()
    try {
      await sqliteStore({ file: database.file }).close()
      const db = new Database(database.file, { readonly: true })
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION)
      const tables = db
        .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .pluck()
        .all()
      expect(tables).toEqual(['checkpoints', 'entries', 'idempotency', 'personal'])
      db.close()
    } finally {
      await database.remove()
    }
  })

  it('leaves a current file as it is when opened again', () => {
    const db = new Database(':memory:')
    migrateSqlite(db)
    migrateSqlite(db)
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION)
    db.close()
  })

  it('refuses a file written by a newer version of the library', () => {
    const db = new Database(':memory:')
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`)
    let thrown: unknown
    try {
      migrateSqlite(db)
    } catch (error) {
      thrown = error
    }
    expect(isLedgerError(thrown) && thrown.code).toBe('STORE_FAILURE')
    db.close()
  })
})
