import type { Pool, PoolClient } from 'pg'
import { LedgerError } from '../../errors'
import { storeFailure } from '../storeFailure'

/** Which steps to apply, where their versions are recorded, and what to name in errors. */
export interface Migrations<T> {
  /** The table, in the schema, recording each version applied. */
  readonly table: string
  /** SQL per version, oldest first; `{s}` stands for the quoted schema name. */
  readonly steps: readonly string[]
  /** What the tables are, for messages: `schema beijing`, `the register of schema beijing`. */
  readonly what: string
  /** Runs last, inside the same transaction. */
  readonly finally?: (client: PoolClient, s: string) => Promise<T>
}

/**
 * Applies the steps a schema has not recorded yet, in one transaction under an advisory lock on
 * the schema's name, so that processes starting together do not race; refuses tables a newer
 * version of the library has written. Every failure is `STORE_FAILURE`.
 */
export async function runMigrations<T>(
  pool: Pool,
  schema: string,
  migrations: Migrations<T>,
): Promise<T | undefined> {
  const { table, steps, what } = migrations
  const s = `"${schema}"`
  const client = await pool.connect().catch((cause: unknown) => {
    throw storeFailure('connecting to PostgreSQL', cause)
  })
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`integrity-ledger/${schema}`])
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`)
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.${table} (
         version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    )
    const done = await client.query<{ v: number }>(
      `SELECT coalesce(max(version), 0) AS v FROM ${s}.${table}`,
    )
    const current = done.rows[0]?.v ?? 0
    if (current > steps.length) {
      throw new LedgerError(
        'STORE_FAILURE',
        `${what} has version ${current}; this library knows up to ${steps.length}`,
      )
    }
    for (let version = current; version < steps.length; version++) {
      await client.query((steps[version] as string).replaceAll('{s}', s))
      await client.query(`INSERT INTO ${s}.${table} (version) VALUES ($1)`, [version + 1])
    }
    const result = await migrations.finally?.(client, s)
    await client.query('COMMIT')
    client.release()
    return result
  } catch (cause) {
    await client.query('ROLLBACK').catch(() => undefined)
    client.release(true)
    throw storeFailure(`migrating ${what}`, cause)
  }
}
