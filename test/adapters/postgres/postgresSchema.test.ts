import pg from 'pg'
import { describe, expect, it } from 'vitest'
import {
  migratePostgres,
  POSTGRES_SCHEMA_VERSION,
  postgresStore,
} from '../../../src/adapters/postgres'
import { isLedgerError } from '../../../src/errors'
import { dropSchema, freshSchema, POSTGRES_URL, postgresAvailable } from './postgresServer'

async function codeOf(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run()
  } catch (error) {
    return isLedgerError(error) ? error.code : String(error)
  }
  return undefined
}

describe.skipIf(!postgresAvailable)('migratePostgres', () => {
  it('creates a schema once, however many processes start at the same moment', async () => {
    const schema = freshSchema()
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: POSTGRES_URL }))
    try {
      await Promise.all(pools.map((pool) => migratePostgres(pool, schema)))
      const pool = pools[0] as pg.Pool
      await migratePostgres(pool, schema)
      const done = await pool.query(`SELECT version FROM "${schema}".migrations ORDER BY version`)
      expect(done.rows.map((row) => row.version)).toEqual(
        Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, i) => i + 1),
      )
      const head = await pool.query(`SELECT next_seq FROM "${schema}".head`)
      expect(head.rows).toEqual([{ next_seq: '0' }])
    } finally {
      await Promise.all(pools.map((pool) => pool.end()))
      await dropSchema(schema)
    }
  })

  it('refuses a schema written by a newer version of the library', async () => {
    const schema = freshSchema()
    const pool = new pg.Pool({ connectionString: POSTGRES_URL })
    try {
      await migratePostgres(pool, schema)
      await pool.query(`INSERT INTO "${schema}".migrations (version) VALUES ($1)`, [
        POSTGRES_SCHEMA_VERSION + 1,
      ])
      expect(await codeOf(() => migratePostgres(pool, schema))).toBe('STORE_FAILURE')
    } finally {
      await pool.end()
      await dropSchema(schema)
    }
  })
})

describe.skipIf(!postgresAvailable)('postgresStore', () => {
  it('refuses bad options with INVALID_INPUT', async () => {
    const connectionString = POSTGRES_URL
    expect(await codeOf(() => postgresStore({}))).toBe('INVALID_INPUT')
    expect(await codeOf(() => postgresStore({ connectionString, schema: 'Bad-Name' }))).toBe(
      'INVALID_INPUT',
    )
    const pool = new pg.Pool({ connectionString })
    expect(await codeOf(() => postgresStore({ connectionString, pool }))).toBe('INVALID_INPUT')
    await pool.end()
  })

  it('reports a server it cannot reach as STORE_FAILURE', async () => {
    const connectionString = 'postgres://postgres@127.0.0.1:1/test'
    expect(await codeOf(() => postgresStore({ connectionString }))).toBe('STORE_FAILURE')
  })

  it('uses a pool it is given and leaves it open on close', async () => {
    const schema = freshSchema()
    const pool = new pg.Pool({ connectionString: POSTGRES_URL })
    try {
      const store = await postgresStore({ pool, schema })
      await store.close()
      await store.close()
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }])
    } finally {
      await pool.end()
      await dropSchema(schema)
    }
  })

  it('fails with STORE_FAILURE when told not to migrate a schema that is not there', async () => {
    const store = await postgresStore({
      connectionString: POSTGRES_URL,
      schema: freshSchema(),
      migrate: false,
    })
    expect(await codeOf(() => store.head())).toBe('STORE_FAILURE')
    await store.close()
  })
})
