import type { Pool } from 'pg'
import { storeFailure } from '../storeFailure'

/** The rows of one query on the pool; a database error becomes a `STORE_FAILURE` naming the action. */
export async function postgresRows<Row extends object>(
  pool: Pool,
  action: string,
  text: string,
  values: readonly unknown[],
): Promise<Row[]> {
  try {
    return (await pool.query<Row>(text, values as unknown[])).rows
  } catch (cause) {
    throw storeFailure(action, cause)
  }
}
