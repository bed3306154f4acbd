// The register's read models on the workload: catching up from zero, then the queries a
// registry's pages make. Each store is measured beside the floor of its catch-up: reading
// every stream from the same store without folding anything.
import { randomBytes, randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { deepFreeze } from '../../src/_internal/deepFreeze'
import { postgresRegisterStore, postgresStore } from '../../src/adapters/postgres'
import { sqliteRegisterStore, sqliteStore } from '../../src/adapters/sqlite'
import type { Entry } from '../../src/events/catalogue'
import { entryLeafHash } from '../../src/proof'
import { createRegister, memoryRegisterStore, type RegisterStore } from '../../src/register'
import { type EventStore, memoryStore } from '../../src/store'
import type { BenchCase, Row, Settings } from '../harness/benchCase'
import { collectGarbage } from '../harness/measure'
import { percentile } from '../harness/stats'
import { mark, since } from '../harness/stopwatch'
import { workloadExport } from '../workload/exportFile'
import { lineBatches } from '../workload/lines'
import { Random } from '../workload/random'

/** Where the entries and the read models live for one row of figures. */
export interface RegisterStorage {
  /** The bench case whose rows these are. */
  readonly caseName: string
  readonly name: string
  open(): Promise<{ store: EventStore; readModels: RegisterStore }>
  destroy(): Promise<void>
  /** The catch-up rate to reach, entries/s. */
  readonly catchUpAtLeast: number
}

const QUERIES = 2000
const DAYS = ['2018-06-30', '2020-12-31', '2022-06-30', '2024-12-31']

/** The read models in memory, over a memory store. */
export const memoryRegisterStorage = (): RegisterStorage => ({
  caseName: 'register',
  name: 'memory',
  open: async () => ({ store: memoryStore(), readModels: memoryRegisterStore() }),
  destroy: async () => {},
  catchUpAtLeast: 100_000,
})

/** The read models in the ledger's SQLite file. */
export const sqliteRegisterStorage = (): RegisterStorage => {
  const file = join(tmpdir(), `integrity-ledger-bench-register-${randomUUID()}.db`)
  return {
    caseName: 'register-sqlite',
    name: 'SQLite',
    open: async () => ({ store: sqliteStore({ file }), readModels: sqliteRegisterStore({ file }) }),
    destroy: async () => {
      for (const suffix of ['', '-wal', '-shm']) await rm(file + suffix, { force: true })
    },
    catchUpAtLeast: 30_000,
  }
}

const POSTGRES_URL = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** The read models in the ledger's PostgreSQL schema. */
export const postgresRegisterStorage = (): RegisterStorage => {
  const schema = `il_bench_${randomBytes(6).toString('hex')}`
  const connection = { connectionString: POSTGRES_URL, schema }
  return {
    caseName: 'register-postgres',
    name: 'PostgreSQL',
    open: async () => ({
      store: await postgresStore(connection),
      readModels: await postgresRegisterStore(connection),
    }),
    destroy: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      await client.end()
    },
    catchUpAtLeast: 30_000,
  }
}

async function fill(store: EventStore, settings: Settings): Promise<number> {
  let count = 0
  for await (const lines of lineBatches((await workloadExport(settings)).jsonl)) {
    const entries = lines.map((line) => deepFreeze(JSON.parse(line) as Entry))
    const outcome = await store.append({
      entries,
      personal: [],
      leaves: entries.map(entryLeafHash),
    })
    if (outcome.status !== 'committed') throw new Error(`the bench store said ${outcome.status}`)
    count += entries.length
  }
  return count
}

const ms = (settings: Settings, from: ReturnType<typeof mark>) => {
  const elapsed = since(from)
  return 1000 * (settings.clock === 'cpu' ? elapsed.cpuSeconds : elapsed.seconds)
}

async function timed(settings: Settings, count: number, call: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(200, count); i++) await call(i)
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const start = mark()
    await call(i)
    times.push(ms(settings, start))
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) }
}

/** The rows of one storage: catch-up, lookup, list page, name search and statistics. */
export async function registerRows(settings: Settings, storage: RegisterStorage): Promise<Row[]> {
  const samples = new Map<string, { project: number[]; limit: number[] }>()
  const add = (measure: string, project: number, limit?: number) => {
    const row = samples.get(measure) ?? { project: [], limit: [] }
    samples.set(measure, row)
    row.project.push(project)
    if (limit !== undefined) row.limit.push(limit)
  }
  for (let rep = 0; rep < settings.repetitions; rep++) {
    const { store, readModels } = await storage.open()
    try {
      const entries = await fill(store, settings)
      const orgs: string[] = []
      for await (const page of store.streams()) orgs.push(...page)
      const floor = mark()
      for (const org of orgs) await store.readStream(org)
      const floorRate = (entries * 1000) / ms(settings, floor)
      const register = createRegister({ store, readModels })
      const start = mark()
      await register.catchUp()
      add('catch-up from zero', (entries * 1000) / ms(settings, start), floorRate)
      // The workload parsed to fill the store is garbage now: collect it before timing queries.
      collectGarbage()
      const random = new Random(settings.seed, 2_000_000_000 + rep)
      const picks = Array.from({ length: QUERIES }, () => random.pick(orgs))
      const lookup = await timed(settings, QUERIES, (i) =>
        register.organization(picks[i] as string),
      )
      add('lookup p50', lookup.p50)
      add('lookup p99', lookup.p99)
      const names = await Promise.all(picks.slice(0, 200).map((org) => register.organization(org)))
      const texts = Array.from({ length: QUERIES }, (_, i) => {
        const name = names[i % names.length]?.name ?? '协会'
        const length = 2 + (i % 3)
        const at = random.int(0, Math.max(0, name.length - length))
        return name.slice(at, at + length)
      })
      const search = await timed(settings, QUERIES, (i) => register.search(texts[i] as string))
      add('name search p50', search.p50)
      add('name search p99', search.p99)
      const list = await timed(settings, QUERIES, (i) =>
        register.listed(i % 2 === 0 ? 'abnormal' : 'serious', {
          on: DAYS[i % DAYS.length] as string,
          offset: (i % 5) * 50,
        }),
      )
      add('list page p50', list.p50)
      add('list page p99', list.p99)
      const stats = await timed(settings, 8, (i) =>
        register.statistics({ on: DAYS[i % 4] as string }),
      )
      add('statistics on a day', stats.p50)
    } finally {
      await readModels.close()
      await store.close()
      await storage.destroy()
    }
  }
  return [...samples].map(([measure, { project, limit }]) => ({
    case: storage.caseName,
    measure: `${measure}, ${storage.name}`,
    unit: measure.startsWith('catch-up') ? 'entries/s' : 'ms',
    project,
    ...(limit.length > 0 ? { limit, limitLabel: 'reading every stream' } : {}),
    targets: targetsOf(measure, storage, settings),
  }))
}

function targetsOf(measure: string, storage: RegisterStorage, settings: Settings) {
  if (measure.startsWith('catch-up')) return [{ atLeast: storage.catchUpAtLeast }]
  // The latency targets are set at N = 100,000 for the durable stores.
  if (storage.name === 'memory' || settings.n < 100_000) return []
  if (measure === 'lookup p99' || measure === 'list page p99') return [{ atMost: 5 }]
  if (measure === 'name search p99') return [{ atMost: 20 }]
  return []
}

/** register-sqlite: the same, with the read models in the ledger's SQLite file. */
export const registerSqliteCase: BenchCase = {
  name: 'register-sqlite',
  summary: 'the register case with the entries and read models in one SQLite file',
  run: (settings) => registerRows(settings, sqliteRegisterStorage()),
}

/** register-postgres: the same, with the read models in the ledger's PostgreSQL schema. */
export const registerPostgresCase: BenchCase = {
  name: 'register-postgres',
  summary: 'the register case with the entries and read models in one PostgreSQL schema',
  run: (settings) => registerRows(settings, postgresRegisterStorage()),
}

/** register: the read models caught up from zero, and their queries, in memory. */
export const registerCase: BenchCase = {
  name: 'register',
  summary:
    'entries/s catching the register up from zero (beside reading every stream), and p50/p99 of lookup, name search, a list page and statistics on a day',
  run: (settings) => registerRows(settings, memoryRegisterStorage()),
}
