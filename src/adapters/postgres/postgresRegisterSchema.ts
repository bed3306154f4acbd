import type { Pool } from 'pg'
import { LedgerError } from '../../errors'
import { storeFailure } from '../storeFailure'
import { postgresNameIndex } from './postgresNameIndex'
import { REGISTER_MIGRATIONS } from './postgresRegisterMigrations'

/** The register's table version this library writes, counted apart from the ledger's. */
export const POSTGRES_REGISTER_SCHEMA_VERSION: number = REGISTER_MIGRATIONS.length

/**
 * Creates the register's tables in the schema or brings them up to date, in one transaction
 * under the advisory lock the ledger's migration takes; then indexes names with pg_trgm when
 * `trigram` is set and the server has it (or lets it be created), and drops that index when
 * `trigram` is false. Returns whether names are trigram-indexed.
 */
export async function migratePostgresRegister(
  pool: Pool,
  schema: string,
  trigram: boolean,
): Promise<boolean> {
  const s = `"${schema}"`
  const client = await pool.connect().catch((cause: unknown) => {
    throw storeFailure('connecting to PostgreSQL', cause)
  })
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`integrity-ledger/${schema}`])
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`)
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.register_migrations (
         version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    )
    const done = await client.query<{ v: number }>(
      `SELECT coalesce(max(version), 0) AS v FROM ${s}.register_migrations`,
    )
    const current = done.rows[0]?.v ?? 0
    if (current > REGISTER_MIGRATIONS.length) {
      throw new LedgerError(
        'STORE_FAILURE',
        `the register tables of schema ${schema} have version ${current}; this library knows up to ${REGISTER_MIGRATIONS.length}`,
      )
    }
    for (let version = current; version < REGISTER_MIGRATIONS.length; version++) {
      await client.query((REGISTER_MIGRATIONS[version] as string).replaceAll('{s}', s))
      await client.query(`INSERT INTO ${s}.register_migrations (version) VALUES ($1)`, [
        version + 1,
      ])
    }
    const indexed = await postgresNameIndex(client, s, trigram)
    await client.query('COMMIT')
    client.release()
    return indexed
  } catch (cause) {
    await client.query('ROLLBACK').catch(() => undefined)
    client.release(true)
    throw storeFailure(`migrating the register tables of schema ${schema}`, cause)
  }
}
