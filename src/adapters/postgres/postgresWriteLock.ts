import type { Pool, PoolClient } from 'pg'
import { Mutex } from '../../_internal/mutex'
import type { AppendBatch, AppendOutcome, EventStore } from '../../store'
import { storeFailure } from '../storeFailure'

type Append = (batch: AppendBatch, via: Pool | PoolClient) => Promise<AppendOutcome>

const queues = new WeakMap<Pool, Map<string, Mutex>>()

/**
 * The in-process queue of a pool's writers to one schema. Appends and locked sections of one
 * process take turns here before they touch the head row: an append waiting at the row
 * holds a pooled connection, and enough of them would leave none for the reads of the
 * section they wait for.
 */
export function postgresWriters(pool: Pool, schema: string): Mutex {
  let byPool = queues.get(pool)
  if (!byPool) {
    byPool = new Map()
    queues.set(pool, byPool)
  }
  let queue = byPool.get(schema)
  if (!queue) {
    queue = new Mutex()
    byPool.set(schema, queue)
  }
  return queue
}

/**
 * The write lock of a PostgreSQL store: a transaction on a client of its own that holds the
 * head row `FOR UPDATE`, the row every writer of the schema locks before it writes, so
 * writers in other processes wait at the database; writers of this process take their turn
 * in `postgresWriters` first.
 */
export function postgresWriteLock(
  pool: Pool,
  schema: string,
  append: Append,
): NonNullable<EventStore['withWriteLock']> {
  const turns = postgresWriters(pool, schema)
  return (section) =>
    turns.run(async () => {
      const client = await pool.connect().catch((cause: unknown) => {
        throw storeFailure('connecting to PostgreSQL', cause)
      })
      let done = false
      let broken = false
      const run = async (action: string, text: string) => {
        try {
          return await client.query(text)
        } catch (cause) {
          throw storeFailure(action, cause)
        }
      }
      try {
        // One round trip: the lock is held from here until the section's commit.
        const [, locked] = (await run(
          'taking the write lock',
          `BEGIN; SELECT next_seq AS n FROM "${schema}".head WHERE id FOR UPDATE`,
        )) as unknown as [unknown, { rows: { n: string }[] }]
        const head = Number(locked.rows[0]?.n ?? 0)
        const result = await section(
          (batch) =>
            append(batch, client).catch((cause: unknown) => {
              throw storeFailure('appending', cause)
            }),
          head,
        )
        await run('committing', 'COMMIT')
        done = true
        return result
      } finally {
        // A connection that cannot roll back is not given back to the pool.
        if (!done) await client.query('ROLLBACK').catch(() => (broken = true))
        client.release(broken)
      }
    })
}
