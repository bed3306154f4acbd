import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { postgresStore } from '../../../src/adapters/postgres'
import type { EventStore } from '../../../src/store/eventStore'
import type { ReopenableStorage } from '../../../src/testing'

/** The server the tests use: the local one unless POSTGRES_URL names another. */
export const POSTGRES_URL: string =
  process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

/** Whether the server answers; without it the postgres suites skip, or fail in CI. */
export const postgresAvailable: boolean = await reachable()

if (!postgresAvailable) {
  const unreachable = `PostgreSQL not reachable at ${new URL(POSTGRES_URL).host}`
  if (process.env.REQUIRE_POSTGRES === '1') {
    throw new Error(`${unreachable}, and REQUIRE_POSTGRES=1 makes that a failure`)
  }
  const message = `${unreachable}: skipping the postgres store tests; set REQUIRE_POSTGRES=1 to make this a failure`
  // Every test file runs in a worker of its own; a marker per run keeps the warning to one.
  try {
    writeFileSync(join(tmpdir(), `integrity-ledger-pg-skip-${process.ppid}`), '', { flag: 'wx' })
    console.warn(message)
  } catch {}
}

/** A schema name no other test uses. */
export function freshSchema(): string {
  return `il_test_${randomBytes(6).toString('hex')}`
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await client.end()
  }
}

/** Storage in a fresh schema: each `open` is a new pool, `destroy` drops the schema. */
export function postgresStorage(schema: string = freshSchema()): ReopenableStorage & {
  readonly schema: string
} {
  return {
    schema,
    open: (): Promise<EventStore> =>
      postgresStore({ connectionString: POSTGRES_URL, schema, maxConnections: 3 }),
    destroy: () => dropSchema(schema),
  }
}

/**
 * Waits until no server backend is still running a statement on `schema`, as the backend of
 * a killed client may be: it finishes or rolls back what it was given before it notices.
 */
export async function settled(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  try {
    for (let tries = 0; tries < 100; tries++) {
      const busy = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE pid <> pg_backend_pid() AND state = 'active' AND position($1 IN query) > 0`,
        [`"${schema}"`],
      )
      if (busy.rows[0]?.n === 0) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  } finally {
    await client.end()
  }
}
