import pg from 'pg'
import * as z from 'zod'
import { fromZodIssues } from '../../_internal/issues'
import { LedgerError } from '../../errors'
import type { EntryEnvelope, PersonalData } from '../../events'
import type { EventStore } from '../../store'
import { pageOptions } from '../pageOptions'
import { pollTail } from '../pollTail'
import { storeFailure } from '../storeFailure'
import { postgresAppend } from './postgresAppend'
import { connectionFields, oneConnection } from './postgresConnection'
import { postgresCursor } from './postgresCursor'
import { migratePostgres } from './postgresSchema'
import { postgresWriteLock, postgresWriters } from './postgresWriteLock'

/** Which database and schema a PostgreSQL store uses, and how it connects. */
export interface PostgresStoreOptions {
  /** `postgres://user@host:5432/database`; give this or `pool`. */
  readonly connectionString?: string
  /** A pool of your own; the store never ends it. */
  readonly pool?: pg.Pool
  /** The schema holding this ledger's tables, one schema per ledger (default `integrity_ledger`). */
  readonly schema?: string
  /** Connections in the pool the store makes (default 4). */
  readonly maxConnections?: number
  /** Create or upgrade the schema when the store opens (default true). */
  readonly migrate?: boolean
}

const optionsSchema = z
  .strictObject({
    ...connectionFields,
    maxConnections: z.number().int().min(1).max(1000).optional(),
  })
  .refine(...oneConnection)

const parse = (row: { entry: string }): EntryEnvelope => JSON.parse(row.entry) as EntryEnvelope
// What a bigint column can hold; anything else names no entry (the memory store agrees).
const isPosition = (seq: number) => Number.isSafeInteger(seq) && seq >= 0

/**
 * A store in a PostgreSQL schema (node-postgres, an optional peer dependency), for registers
 * that outgrow one machine: any number of processes may append, and a row lock held until
 * commit hands out `seq` gap-free and in commit order. Reads stream through cursors.
 *
 * @example
 * import { postgresStore } from 'integrity-ledger/postgres'
 * const store = await postgresStore({ connectionString: process.env.DATABASE_URL, schema: 'beijing' })
 */
export async function postgresStore(options: PostgresStoreOptions): Promise<EventStore> {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['options'])
    const detail = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new LedgerError('INVALID_INPUT', `postgresStore: ${detail}`, issues)
  }
  const { connectionString, schema = 'integrity_ledger', maxConnections = 4 } = parsed.data
  const owned = parsed.data.pool === undefined
  const pool = parsed.data.pool ?? new pg.Pool({ connectionString, max: maxConnections })
  // An idle connection that dies must not crash the process; the next query reports it.
  if (owned) pool.on('error', () => undefined)
  try {
    if (parsed.data.migrate !== false) await migratePostgres(pool, schema)
  } catch (error) {
    if (owned) await pool.end()
    throw error
  }
  const t = (table: string) => `"${schema}".${table}`
  const query = async <Row extends object>(action: string, text: string, values: unknown[]) => {
    try {
      return (await pool.query<Row>(text, values)).rows
    } catch (cause) {
      throw storeFailure(action, cause)
    }
  }
  const head = async (): Promise<number> => {
    const sql = `SELECT next_seq AS n FROM ${t('head')}`
    return Number((await query<{ n: string }>('reading the head', sql, []))[0]?.n ?? 0)
  }
  const append = postgresAppend(schema, head)
  const writers = postgresWriters(pool, schema)
  const readPage = async (from: number, limit: number) =>
    (
      await query<{ entry: string }>(
        'reading the log',
        `SELECT entry FROM ${t('entries')} WHERE seq >= $1 ORDER BY seq LIMIT $2`,
        [from, limit],
      )
    ).map(parse)

  return {
    append: (batch) =>
      writers.run(async () => {
        try {
          return await append(batch, pool)
        } catch (cause) {
          throw storeFailure('appending', cause)
        }
      }),
    withWriteLock: postgresWriteLock(pool, schema, append),
    head,
    async streamVersion(org) {
      const sql = `SELECT coalesce(max(version), 0) AS v FROM ${t('entries')} WHERE org = $1`
      return (await query<{ v: number }>('reading a stream version', sql, [org]))[0]?.v ?? 0
    },
    async readStream(org, range) {
      const sql = `SELECT entry FROM ${t('entries')}
        WHERE org = $1 AND version BETWEEN $2 AND $3 ORDER BY version`
      const to = range?.toVersion ?? 2147483647
      const rows = await query<{ entry: string }>('reading a stream', sql, [
        org,
        range?.fromVersion ?? 1,
        to,
      ])
      return rows.map(parse)
    },
    async readEntry(seq) {
      if (!isPosition(seq)) return undefined
      const sql = `SELECT entry FROM ${t('entries')} WHERE seq = $1`
      const rows = await query<{ entry: string }>('reading an entry', sql, [seq])
      return rows[0] === undefined ? undefined : parse(rows[0])
    },
    // Entries never change once committed, and commit in seq order: pages by position read
    // the log as one snapshot would, and a short read costs one query instead of a cursor's four.
    async *readAll(options) {
      const { from, pageSize } = pageOptions(options)
      for (let at = from; ; ) {
        const page = await readPage(at, pageSize)
        if (page.length > 0) yield page
        if (page.length < pageSize) return
        at += page.length
      }
    },
    tail(from, options) {
      return pollTail(readPage, from, options)
    },
    readLeaves(options) {
      const { from, pageSize } = pageOptions(options)
      const sql = `SELECT leaf FROM ${t('entries')} WHERE seq >= ${from} ORDER BY seq`
      return postgresCursor(
        pool,
        sql,
        pageSize,
        (row: { leaf: Buffer }) => new Uint8Array(row.leaf),
      )
    },
    streams() {
      const sql = `SELECT org FROM ${t('entries')} WHERE version = 1 ORDER BY seq`
      return postgresCursor(pool, sql, 1000, (row: { org: string }) => row.org)
    },
    async findIdempotency(key) {
      const sql = `SELECT request_hash, first_seq, entry_count FROM ${t('idempotency')} WHERE key = $1`
      const rows = await query<{ request_hash: string; first_seq: string; entry_count: number }>(
        'reading an idempotency key',
        sql,
        [key],
      )
      const row = rows[0]
      if (row === undefined) return undefined
      return {
        key,
        requestHash: row.request_hash,
        firstSeq: Number(row.first_seq),
        count: row.entry_count,
      }
    },
    async readPersonal(seq) {
      if (!isPosition(seq)) return undefined
      const sql = `SELECT salt, people FROM ${t('personal')} WHERE seq = $1`
      const rows = await query<{ salt: Buffer; people: string }>('reading personal data', sql, [
        seq,
      ])
      const row = rows[0]
      if (row === undefined) return undefined
      return { seq, salt: new Uint8Array(row.salt), people: JSON.parse(row.people) as PersonalData }
    },
    async erasePersonal(seq) {
      if (!isPosition(seq)) return
      await query('erasing personal data', `DELETE FROM ${t('personal')} WHERE seq = $1`, [seq])
    },
    async saveCheckpoint(checkpoint) {
      const sql = `INSERT INTO ${t('checkpoints')} (size, note) VALUES ($1, $2)`
      await query('saving a checkpoint', sql, [checkpoint.size, checkpoint.note])
    },
    async checkpoints() {
      const sql = `SELECT size, note FROM ${t('checkpoints')} ORDER BY size, id`
      const rows = await query<{ size: string; note: string }>('reading checkpoints', sql, [])
      return rows.map((row) => ({ size: Number(row.size), note: row.note }))
    },
    async close() {
      if (owned && !pool.ended) await pool.end()
    },
  }
}
