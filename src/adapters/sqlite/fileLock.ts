import { realpathSync } from 'node:fs'
import { Mutex } from '../../_internal/mutex'

interface Held {
  readonly mutex: Mutex
  users: number
}

const locks = new Map<string, Held>()

/** The in-process write queue of one database file, shared by every handle on it. */
export interface FileLock {
  readonly mutex: Mutex
  /** Stops using the queue; the last handle to let go forgets it. */
  release(): void
}

/**
 * The write queue for a database file. better-sqlite3 waits for SQLite's lock by blocking the
 * thread, so a handle that waited while another handle of the same process held the lock
 * across an `await` would stop the very code that is to let it go: writers of one process
 * queue here first, and only writers in other processes ever wait on SQLite itself.
 */
export function fileLock(file: string): FileLock {
  // A private database is its own file; any other is named by its real path.
  const key = file === ':memory:' || file === '' ? undefined : realpathSync(file)
  if (key === undefined) return { mutex: new Mutex(), release: () => undefined }
  let held = locks.get(key)
  if (!held) {
    held = { mutex: new Mutex(), users: 0 }
    locks.set(key, held)
  }
  held.users++
  const mine = held
  let released = false
  return {
    mutex: mine.mutex,
    release() {
      if (released) return
      released = true
      if (--mine.users === 0 && locks.get(key) === mine) locks.delete(key)
    },
  }
}
