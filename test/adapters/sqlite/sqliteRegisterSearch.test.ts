import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrateSqliteRegister } from '../../../src/adapters/sqlite/sqliteRegisterSchema'
import { sqliteRegisterSearch } from '../../../src/adapters/sqlite/sqliteRegisterSearch'
import { sqliteRegisterWrite } from '../../../src/adapters/sqlite/sqliteRegisterWrite'
import { searchRecords } from '../../../src/register'
import { generatedRecords } from '../../../src/testing/register/generatedRecords'

describe('sqliteRegisterSearch', () => {
  it('reads a crowded page class by class exactly as the reference ranks every match', () => {
    const db = new Database(':memory:')
    migrateSqliteRegister(db)
    const records = generatedRecords(5, 3000)
    sqliteRegisterWrite(db).write({ records, removed: [], from: 0, to: 1 })
    // Past 100 matches, so that every common text takes the class-by-class path.
    const search = sqliteRegisterSearch(db, 100)
    for (const text of ['金', '协会', '心', '金山', 'AI', 'ai', '基金会', '_']) {
      for (const page of [
        { offset: 0, limit: 50 },
        { offset: 45, limit: 20 },
        { offset: 900, limit: 50 },
      ]) {
        expect(search({ text, ...page })).toEqual(searchRecords(records, { text, ...page }))
      }
    }
    db.close()
  })
})
