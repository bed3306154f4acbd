import type { Pool, PoolClient } from 'pg'
import { storeFailure } from '../storeFailure'

/**
 * Streams the rows of `query` in pages through a server-side cursor (DECLARE / FETCH), on
 * one connection, in one read-only REPEATABLE READ transaction: the pages are one snapshot,
 * and neither side holds more than a page. Leaving the loop early closes the cursor.
 * `query` must carry no parameters (cursors cannot take them): callers put checked numbers in.
 */
export async function* postgresCursor<Row, T>(
  pool: Pool,
  query: string,
  pageSize: number,
  map: (row: Row) => T,
): AsyncGenerator<T[]> {
  let client: PoolClient | undefined
  let broken: unknown
  try {
    client = await pool.connect()
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    await client.query(`DECLARE integrity_ledger_cursor NO SCROLL CURSOR FOR ${query}`)
    for (;;) {
      const page = await client.query(`FETCH ${pageSize} FROM integrity_ledger_cursor`)
      if (page.rows.length > 0) yield (page.rows as Row[]).map(map)
      if (page.rows.length < pageSize) break
    }
  } catch (cause) {
    broken = cause
    throw storeFailure('reading through a cursor', cause)
  } finally {
    if (client) {
      if (broken === undefined) {
        await client.query('COMMIT').catch((cause: unknown) => {
          broken = cause
        })
      }
      client.release(broken !== undefined)
    }
  }
}
