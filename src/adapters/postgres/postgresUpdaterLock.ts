import type { Pool } from 'pg'
import { Mutex } from '../../_internal/mutex'
import { storeFailure } from '../storeFailure'

const queues = new WeakMap<Pool, Map<string, Mutex>>()

function queueOf(pool: Pool, schema: string): Mutex {
  let bySchema = queues.get(pool)
  if (!bySchema) {
    bySchema = new Map()
    queues.set(pool, bySchema)
  }
  let queue = bySchema.get(schema)
  if (!queue) {
    queue = new Mutex()
    bySchema.set(schema, queue)
  }
  return queue
}

/**
 * The register's updater lock: a session advisory lock keyed on the schema, taken on a
 * connection of its own that is held while the section runs. Updaters in other processes
 * block in `pg_advisory_lock`, and one takes over when the holder's session ends, be it by
 * its unlock or its death; sections sharing a pool take turns in the process first, so that
 * no more than one of its connections waits. A section whose connection was lost still runs
 * to its end (writes from a stale position change nothing), then throws `STORE_FAILURE`.
 */
export function postgresUpdaterLock(
  pool: Pool,
  schema: string,
): <T>(work: () => Promise<T>) => Promise<T> {
  const turns = queueOf(pool, schema)
  // Two keys: a space apart from the one-key lock the migrations take on the schema's name.
  const lock = `SELECT pg_advisory_lock(hashtext('integrity-ledger/register'), hashtext($1))`
  const unlock = `SELECT pg_advisory_unlock(hashtext('integrity-ledger/register'), hashtext($1))`
  return (work) =>
    turns.run(async () => {
      const client = await pool.connect().catch((cause: unknown) => {
        throw storeFailure('connecting to PostgreSQL', cause)
      })
      let lost: unknown
      // A checked-out client that loses its server emits 'error': without a listener that
      // would end the process.
      const onError = (cause: unknown) => {
        lost ??= cause
      }
      client.on('error', onError)
      let locked = false
      try {
        await client.query(lock, [schema]).catch((cause: unknown) => {
          lost ??= cause
          throw storeFailure('taking the register updater lock', cause)
        })
        locked = true
        const result = await work()
        if (lost !== undefined) throw storeFailure('holding the register updater lock', lost)
        return result
      } finally {
        if (locked && lost === undefined) {
          await client.query(unlock, [schema]).catch((cause: unknown) => {
            lost ??= cause
          })
        }
        client.off('error', onError)
        client.release(lost !== undefined)
      }
    })
}
