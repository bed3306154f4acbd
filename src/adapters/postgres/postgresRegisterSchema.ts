import type { Pool } from 'pg'
import { postgresNameIndex } from './postgresNameIndex'
import { REGISTER_MIGRATIONS } from './postgresRegisterMigrations'
import { runMigrations } from './runMigrations'

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
  const indexed = await runMigrations(pool, schema, {
    table: 'register_migrations',
    steps: REGISTER_MIGRATIONS,
    what: `the register of schema ${schema}`,
    finally: (client, s) => postgresNameIndex(client, s, trigram),
  })
  return indexed === true
}
