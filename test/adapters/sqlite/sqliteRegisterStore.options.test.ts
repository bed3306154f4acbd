import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { SQLITE_REGISTER_SCHEMA_VERSION, sqliteRegisterStore } from '../../../src/adapters/sqlite'
import { isLedgerError } from '../../../src/errors'
import { tempDatabase } from './tempFile'

function failureOf(run: () => unknown): { code?: string; path?: unknown } {
  try {
    run()
  } catch (error) {
    if (!isLedgerError(error)) throw error
    return { code: error.code, path: error.issues[0]?.path }
  }
  return {}
}

describe('sqliteRegisterStore options', () => {
  it('refuses options it does not know or cannot use with INVALID_INPUT naming the field', () => {
    expect(failureOf(() => sqliteRegisterStore({ file: '' }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'file'],
    })
    expect(failureOf(() => sqliteRegisterStore({ file: 'x.db', busyTimeoutMs: -1 }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'busyTimeoutMs'],
    })
    expect(failureOf(() => sqliteRegisterStore({ file: 'x.db', lease: 5 } as never)).code).toBe(
      'INVALID_INPUT',
    )
  })

  it('reports a file it cannot open as STORE_FAILURE', () => {
    expect(failureOf(() => sqliteRegisterStore({ file: '/nonexistent/dir/x.db' })).code).toBe(
      'STORE_FAILURE',
    )
  })

  it('refuses tables written by a newer library with STORE_FAILURE', async () => {
    const database = tempDatabase()
    try {
      await sqliteRegisterStore({ file: database.file }).close()
      const db = new Database(database.file)
      db.prepare('UPDATE register_schema SET version = ?').run(SQLITE_REGISTER_SCHEMA_VERSION + 1)
      db.close()
      expect(failureOf(() => sqliteRegisterStore({ file: database.file })).code).toBe(
        'STORE_FAILURE',
      )
    } finally {
      await database.remove()
    }
  })
})
