import type { Database } from 'better-sqlite3'

/**
 * Begins an IMMEDIATE transaction, which takes SQLite's write lock, waiting for writers in
 * other processes. SQLite's busy handler gives up after the busy timeout, and it is not fair:
 * under steady load a writer can keep missing the moments the lock is free. So a timeout is
 * tried again as long as the head moved meanwhile (the other writers are making progress);
 * only a lock that no write came through for a whole timeout is a failure.
 */
export function lockDatabase(db: Database, head: () => number): void {
  let seen = head()
  for (;;) {
    try {
      db.exec('BEGIN IMMEDIATE')
      return
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error
      const now = head()
      if (now === seen) throw error
      seen = now
    }
  }
}
