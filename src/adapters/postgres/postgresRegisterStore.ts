import pg from 'pg'
import * as z from 'zod'
import { fromZodIssues } from '../../_internal/issues'
import { LedgerError } from '../../errors'
import type { RegisterRecord, RegisterStore } from '../../register'
import { storeFailure } from '../storeFailure'
import { connectionFields, oneConnection } from './postgresConnection'
import { postgresRegisterListed } from './postgresRegisterListed'
import { migratePostgresRegister } from './postgresRegisterSchema'
import { postgresRegisterSearch } from './postgresRegisterSearch'
import { postgresRegisterStatistics } from './postgresRegisterStatistics'
import { postgresRows } from './postgresRows'
import { postgresUpdaterLock } from './postgresUpdaterLock'

/** Where a register keeps its read models in PostgreSQL: the ledger's schema, and how to connect. */
export interface PostgresRegisterStoreOptions {
  /** `postgres://user@host:5432/database`; give this or `pool`. */
  readonly connectionString?: string
  /** A pool of your own, of at least two connections; the store never ends it. */
  readonly pool?: pg.Pool
  /** The ledger's schema; the tables are `register_*` beside its own (default `integrity_ledger`). */
  readonly schema?: string
  /** Connections in the pool the store makes (default 4, at least 2: `exclusive` holds one). */
  readonly maxConnections?: number
  /** Create or upgrade the tables when the store opens (default true). */
  readonly migrate?: boolean
  /** Index names with pg_trgm when the server has it (default true); false drops the index. */
  readonly trigram?: boolean
}

const optionsSchema = z
  .strictObject({
    ...connectionFields,
    maxConnections: z.number().int().min(2).max(1000).optional(),
    trigram: z.boolean().optional(),
  })
  .refine(...oneConnection)

/**
 * A register's read models as tables in a PostgreSQL schema, beside the ledger's own: one
 * row per organization, its list stays, grade stretches and closures, and the position, all
 * replaced in one transaction per update. Names are searched through a pg_trgm index when the
 * server has the extension, by a scan otherwise, with the same answers.
 *
 * @example
 * const readModels = await postgresRegisterStore({ connectionString, schema: 'shanghai' })
 * const register = createRegister({ store, readModels })
 */
export async function postgresRegisterStore(
  options: PostgresRegisterStoreOptions,
): Promise<RegisterStore> {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['options'])
    const detail = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new LedgerError('INVALID_INPUT', `postgresRegisterStore: ${detail}`, issues)
  }
  const { connectionString, schema = 'integrity_ledger', maxConnections = 4 } = parsed.data
  const owned = parsed.data.pool === undefined
  const pool = parsed.data.pool ?? new pg.Pool({ connectionString, max: maxConnections })
  // An idle connection that dies must not crash the process; the next query reports it.
  if (owned) pool.on('error', () => undefined)
  try {
    if (parsed.data.migrate !== false) {
      await migratePostgresRegister(pool, schema, parsed.data.trigram !== false)
    }
  } catch (error) {
    if (owned) await pool.end()
    throw error
  }
  const t = (table: string) => `"${schema}".register_${table}`
  const write = `SELECT "${schema}".register_write($1, $2, $3, $4, $5) AS ok`
  return {
    async position() {
      const sql = `SELECT position FROM ${t('position')}`
      const rows = await postgresRows<{ position: string }>(pool, 'reading the position', sql, [])
      return Number(rows[0]?.position ?? 0)
    },
    async write(update) {
      // The last record of an organization wins, as it does in the memory store.
      const latest = new Map<string, RegisterRecord>()
      for (const record of update.records) latest.set(record.org, record)
      const values = [
        update.from,
        update.to,
        [...latest.keys()],
        JSON.stringify([...latest.values()]),
        update.removed.filter((org) => !latest.has(org)),
      ]
      const rows = await postgresRows<{ ok: boolean }>(pool, 'writing the register', write, values)
      return rows[0]?.ok === true
    },
    async clear() {
      const tables = ['organizations', 'names', 'stays', 'grades', 'closures'].map(t).join(', ')
      const sql = `BEGIN; TRUNCATE ${tables}; UPDATE ${t('position')} SET position = 0; COMMIT`
      const client = await pool.connect().catch((cause: unknown) => {
        throw storeFailure('connecting to PostgreSQL', cause)
      })
      try {
        await client.query(sql)
        client.release()
      } catch (cause) {
        await client.query('ROLLBACK').catch(() => undefined)
        client.release(true)
        throw storeFailure('clearing the register', cause)
      }
    },
    exclusive: postgresUpdaterLock(pool, schema),
    async record(org) {
      const sql = `SELECT record FROM ${t('organizations')} WHERE org = $1`
      const rows = await postgresRows<{ record: RegisterRecord }>(pool, 'reading a record', sql, [
        org,
      ])
      return rows[0]?.record
    },
    search: postgresRegisterSearch(pool, schema),
    listed: postgresRegisterListed(pool, schema),
    statistics: postgresRegisterStatistics(pool, schema),
    async close() {
      if (owned && !pool.ended) await pool.end()
    },
  }
}
