import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { Mutex } from '../../_internal/mutex'

/** How long a lease lasts unless renewed, in ms; its holder renews it every third of that. */
export const REGISTER_LEASE_MS = 10_000

/** How often a waiter looks whether the lease is free or has expired, in ms. */
const POLL_MS = 50

/**
 * The register's updater lease: one row naming its holder and when it expires. `exclusive`
 * queues the sections of this store object, then takes the lease, renews it while the section
 * runs and gives it back; a holder whose process died stops renewing, so its lease expires and
 * a waiter takes over. `writing` runs each statement in the file's in-process write queue.
 */
export function sqliteRegisterLease(
  db: Database,
  writing: <T>(action: string, run: () => T) => Promise<T>,
  leaseMs: number = REGISTER_LEASE_MS,
): <T>(work: () => Promise<T>) => Promise<T> {
  const holder = randomUUID()
  const sections = new Mutex()
  const sql = {
    holder: db.prepare<[], { holder: string; expires_at: number }>(
      'SELECT holder, expires_at FROM register_lease',
    ),
    take: db.prepare<[string, number]>(
      'INSERT OR REPLACE INTO register_lease (id, holder, expires_at) VALUES (0, ?, ?)',
    ),
    renew: db.prepare<[number, string]>(
      'UPDATE register_lease SET expires_at = ? WHERE holder = ?',
    ),
    release: db.prepare<[string]>('DELETE FROM register_lease WHERE holder = ?'),
  }
  const take = db.transaction(() => {
    const now = Date.now()
    const current = sql.holder.get()
    if (current !== undefined && current.holder !== holder && current.expires_at > now) {
      return false
    }
    sql.take.run(holder, now + leaseMs)
    return true
  })

  return (work) =>
    sections.run(async () => {
      while (!(await writing('taking the register lease', () => take.immediate()))) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
      const timer = setInterval(() => {
        // A failed renewal is retried at the next tick; the section's own writes report
        // a database that keeps failing.
        writing('renewing the register lease', () =>
          sql.renew.run(Date.now() + leaseMs, holder),
        ).catch(() => undefined)
      }, leaseMs / 3)
      timer.unref()
      try {
        return await work()
      } finally {
        clearInterval(timer)
        // A lease that cannot be given back expires by itself; the section's outcome stands.
        if (db.open) {
          await writing('giving back the register lease', () => sql.release.run(holder)).catch(
            () => undefined,
          )
        }
      }
    })
}
