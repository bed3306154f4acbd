import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { sqliteRegisterStore } from '../../../src/adapters/sqlite'
import { sqliteRegisterLease } from '../../../src/adapters/sqlite/sqliteRegisterLease'
import { migrateSqliteRegister } from '../../../src/adapters/sqlite/sqliteRegisterSchema'
import { tempDatabase } from './tempFile'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs sections and says whether any two of them ever ran at once. */
function overlapWatch() {
  let inside = 0
  let overlapped = false
  return {
    section: (ms: number) => async () => {
      inside++
      if (inside > 1) overlapped = true
      await sleep(ms)
      inside--
    },
    overlapped: () => overlapped,
  }
}

describe('sqliteRegisterStore exclusive', () => {
  it('never runs the sections of two stores on one file at once', async () => {
    const database = tempDatabase()
    const a = sqliteRegisterStore({ file: database.file })
    const b = sqliteRegisterStore({ file: database.file })
    try {
      const watch = overlapWatch()
      const runs = [a, b, a, b, b, a].map((store) => store.exclusive(watch.section(20)))
      await Promise.all(runs)
      expect(watch.overlapped()).toBe(false)
    } finally {
      await a.close()
      await b.close()
      await database.remove()
    }
  })

  it('takes over a lease whose holder died, and waits for one that is still valid', async () => {
    const database = tempDatabase()
    const store = sqliteRegisterStore({ file: database.file })
    const db = new Database(database.file)
    try {
      const lease = db.prepare(
        'INSERT OR REPLACE INTO register_lease (id, holder, expires_at) VALUES (0, ?, ?)',
      )
      lease.run('dead', Date.now() - 1)
      expect(await store.exclusive(async () => 'mine')).toBe('mine')
      const expires = Date.now() + 300
      lease.run('alive', expires)
      const started = await store.exclusive(async () => Date.now())
      expect(started).toBeGreaterThanOrEqual(expires)
      expect(db.prepare('SELECT count(*) FROM register_lease').pluck().get()).toBe(0)
    } finally {
      db.close()
      await store.close()
      await database.remove()
    }
  })

  it('renews its lease while the section runs, so a section longer than the lease stays alone', async () => {
    const database = tempDatabase()
    const db = new Database(database.file)
    migrateSqliteRegister(db)
    const writing = async <T>(_: string, run: () => T) => run()
    try {
      const first = sqliteRegisterLease(db, writing, 90)
      const second = sqliteRegisterLease(db, writing, 90)
      const watch = overlapWatch()
      await Promise.all([first(watch.section(400)), second(watch.section(10))])
      expect(watch.overlapped()).toBe(false)
    } finally {
      db.close()
      await database.remove()
    }
  })

  it('gives the lease back when the section fails', async () => {
    const database = tempDatabase()
    const store = sqliteRegisterStore({ file: database.file })
    try {
      await expect(store.exclusive(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
      const other = sqliteRegisterStore({ file: database.file })
      const started = Date.now()
      await other.exclusive(async () => undefined)
      expect(Date.now() - started).toBeLessThan(1000)
      await other.close()
    } finally {
      await store.close()
      await database.remove()
    }
  })
})
