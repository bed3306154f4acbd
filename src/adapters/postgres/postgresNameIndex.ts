import type { PoolClient } from 'pg'

/**
 * The GIN trigram index on the register's names, made (creating pg_trgm if the role may) or,
 * with `trigram` false, dropped; whether it exists afterwards. Runs inside the migration's
 * transaction.
 */
export async function postgresNameIndex(
  client: PoolClient,
  s: string,
  trigram: boolean,
): Promise<boolean> {
  if (!trigram) {
    await client.query(`DROP INDEX IF EXISTS ${s}.register_names_trigrams`)
    return false
  }
  const where = `SELECT extnamespace::regnamespace::text AS ns FROM pg_extension WHERE extname = 'pg_trgm'`
  let found = await client.query<{ ns: string }>(where)
  if (found.rows.length === 0) {
    // Extensions belong to the database: schemas migrating at once must not race to create
    // it, and a server without the package or a role without the right leaves the scan.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('integrity-ledger/pg_trgm'))`)
    await client.query('SAVEPOINT trigram')
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm')
      await client.query('RELEASE SAVEPOINT trigram')
    } catch {
      await client.query('ROLLBACK TO SAVEPOINT trigram')
      return false
    }
    found = await client.query<{ ns: string }>(where)
  }
  const ns = found.rows[0]?.ns
  if (ns === undefined) return false
  await client.query(
    `CREATE INDEX IF NOT EXISTS register_names_trigrams
     ON ${s}.register_names USING gin (names ${ns}.gin_trgm_ops)`,
  )
  return true
}
