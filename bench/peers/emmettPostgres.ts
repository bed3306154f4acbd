import { randomBytes } from 'node:crypto'
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql'
import pg from 'pg'
import type { Peer } from '../cases/peerStore'
import { emmettStore } from './emmettMemory'

const POSTGRES_URL = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

async function run(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Emmett's PostgreSQL event store, in a schema of its own dropped after the run. */
export const emmettPostgres: Peer = {
  name: 'Emmett PostgreSQL',
  does: 'writes each call in one transaction through a stored function, with a global position; no validation, no hashing',
  async open() {
    const schema = `il_peer_${randomBytes(6).toString('hex')}`
    await run(`CREATE SCHEMA "${schema}"`)
    // Emmett creates its tables and functions in the current schema.
    const url = new URL(POSTGRES_URL)
    url.searchParams.set('options', `-c search_path=${schema}`)
    const store = getPostgreSQLEventStore(url.toString(), {
      schema: { autoMigration: 'CreateOrUpdate' },
    })
    return emmettStore(store, async () => {
      await store.close()
      await run(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    })
  },
}
