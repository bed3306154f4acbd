// The durable stores on the workload: append, rebuild and read for SQLite and PostgreSQL.
// `npm run bench` picks up every `<append|rebuild|read><Store>` export as a case; standalone,
// `npx tsx bench/stores.ts --n 10000` prints the figures (POSTGRES_URL picks the server).
import { randomBytes, randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { postgresStore } from '../src/adapters/postgres'
import { sqliteStore } from '../src/adapters/sqlite'
import { createLedger } from '../src/createLedger'
import type { EntryInput } from '../src/ledger/entryInput'
import { entryLeafHash } from '../src/proof'
import { type AppendBatch, type EventStore, memoryStore, type PersonalRecord } from '../src/store'
import { fixedClock } from '../src/time'

/** The append calls of a workload: what the harness's `appendPlan` gives. */
export interface StorePlan {
  readonly calls: readonly (readonly EntryInput[])[]
  readonly entries: number
}

interface Storage {
  open(): Promise<EventStore>
  destroy(): Promise<void>
}

const POSTGRES_URL = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const READS = 2000
const clock = () => fixedClock('2025-01-01T00:00:00+08:00', 1000)

// The baseline beside the durable stores: the same measures on one memory store.
function memoryStorage(): Storage {
  const store = memoryStore()
  return { open: async () => ({ ...store, close: async () => {} }), destroy: async () => {} }
}

function sqliteStorage(): Storage {
  const file = join(tmpdir(), `integrity-ledger-bench-${randomUUID()}.db`)
  return {
    open: async () => sqliteStore({ file }),
    destroy: async () => {
      for (const suffix of ['', '-wal', '-shm']) await rm(file + suffix, { force: true })
    },
  }
}

function postgresStorage(): Storage {
  const schema = `il_bench_${randomBytes(6).toString('hex')}`
  return {
    open: () => postgresStore({ connectionString: POSTGRES_URL, schema }),
    destroy: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      await client.end()
    },
  }
}

// The numbered batches a ledger hands its store, built once per plan in a memory ledger.
const built = new WeakMap<StorePlan, AppendBatch[]>()
async function batchesOf(plan: StorePlan): Promise<AppendBatch[]> {
  const cached = built.get(plan)
  if (cached) return cached
  const memory = memoryStore()
  const ledger = createLedger({ store: memory, clock: clock() })
  const batches: AppendBatch[] = []
  for (const call of plan.calls) {
    const { entries } = await ledger.append(call)
    const personal: PersonalRecord[] = []
    for (const entry of entries) {
      const held =
        entry.personalHash === undefined ? undefined : await memory.readPersonal(entry.seq)
      if (held) personal.push(held)
    }
    batches.push({ entries, personal, leaves: entries.map(entryLeafHash) })
  }
  built.set(plan, batches)
  return batches
}

async function withStore<T>(
  make: () => Storage,
  run: (store: EventStore, storage: Storage) => Promise<T>,
): Promise<T> {
  const storage = make()
  const store = await storage.open()
  try {
    return await run(store, storage)
  } finally {
    await store.close()
    await storage.destroy()
  }
}

async function fill(store: EventStore, plan: StorePlan): Promise<void> {
  for (const batch of await batchesOf(plan)) {
    const outcome = await store.append(batch)
    if (outcome.status !== 'committed') throw new Error(`the bench store said ${outcome.status}`)
  }
}

const rate = (entries: number, since: number) =>
  Math.round((entries * 1000) / (performance.now() - since))

/** Entries/s through `ledger.append`, one call per batch of the plan, into a fresh store. */
async function ledgerAppend(make: () => Storage, plan: StorePlan): Promise<number> {
  return withStore(make, async (store) => {
    const ledger = createLedger({ store, clock: clock() })
    await ledger.head()
    const start = performance.now()
    for (const call of plan.calls) await ledger.append(call)
    return rate(plan.entries, start)
  })
}

/** Entries/s of the store alone: the ledger's batches, already numbered and hashed. */
async function storeAppend(make: () => Storage, plan: StorePlan): Promise<number> {
  const batches = await batchesOf(plan)
  return withStore(make, async (store) => {
    const start = performance.now()
    for (const batch of batches) await store.append(batch)
    return rate(plan.entries, start)
  })
}

/** Entries/s for a fresh ledger over a filled store to catch up: read, hash, index. */
async function rebuild(make: () => Storage, plan: StorePlan): Promise<number> {
  return withStore(make, async (store, storage) => {
    await fill(store, plan)
    const reopened = await storage.open()
    const start = performance.now()
    await createLedger({ store: reopened }).head()
    const figure = rate(plan.entries, start)
    await reopened.close()
    return figure
  })
}

/** p50 and p99 in ms of `creditFile(org)` for random organizations of a filled store. */
async function readLatency(
  make: () => Storage,
  plan: StorePlan,
): Promise<{ p50: number; p99: number }> {
  return withStore(make, async (store) => {
    await fill(store, plan)
    const orgs = [...new Set((await batchesOf(plan)).flatMap((b) => b.entries.map((e) => e.org)))]
    const ledger = createLedger({ store })
    await ledger.head()
    const times: number[] = []
    for (let i = 0; i < READS; i++) {
      const org = orgs[(i * 7919) % orgs.length] as string
      const start = performance.now()
      await ledger.creditFile(org)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    const at = (p: number) =>
      times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? 0
    return { p50: at(50), p99: at(99) }
  })
}

/** append-sqlite: entries/s through `ledger.append` into a SQLite file. */
export const appendSqlite = (plan: StorePlan): Promise<number> => ledgerAppend(sqliteStorage, plan)
/** append-sqlitestore: entries/s of the SQLite store alone, batches as the ledger makes them. */
export const appendSqliteStore = (plan: StorePlan): Promise<number> =>
  storeAppend(sqliteStorage, plan)
/** rebuild-sqlite: entries/s for a fresh ledger to catch up with a SQLite file. */
export const rebuildSqlite = (plan: StorePlan): Promise<number> => rebuild(sqliteStorage, plan)
/** read-sqlite: p99 ms of `creditFile(org)` over a SQLite file. */
export const readSqlite = async (plan: StorePlan): Promise<number> =>
  (await readLatency(sqliteStorage, plan)).p99
/** append-postgres: entries/s through `ledger.append` into a PostgreSQL schema. */
export const appendPostgres = (plan: StorePlan): Promise<number> =>
  ledgerAppend(postgresStorage, plan)
/** append-postgresstore: entries/s of the PostgreSQL store alone, batches as the ledger makes them. */
export const appendPostgresStore = (plan: StorePlan): Promise<number> =>
  storeAppend(postgresStorage, plan)
/** rebuild-postgres: entries/s for a fresh ledger to catch up with a PostgreSQL schema. */
export const rebuildPostgres = (plan: StorePlan): Promise<number> => rebuild(postgresStorage, plan)
/** read-postgres: p99 ms of `creditFile(org)` over a PostgreSQL schema. */
export const readPostgres = async (plan: StorePlan): Promise<number> =>
  (await readLatency(postgresStorage, plan)).p99

async function standalone(argv: readonly string[]): Promise<void> {
  const n = Number(argv[argv.indexOf('--n') + 1] ?? 10_000) || 10_000
  const batch = Number(argv[argv.indexOf('--batch') + 1] ?? 1000) || 1000
  const { useNodeCrypto } = await import('../src/node')
  useNodeCrypto()
  const { appendPlan } = await import('./workload/appendPlan')
  const plan: StorePlan = appendPlan(20_250_101, n, batch)
  process.stderr.write(
    `${plan.entries} entries of ${n} organizations, ${plan.calls.length} calls\n`,
  )
  await batchesOf(plan)
  const stores = [
    ['memory', memoryStorage],
    ['sqlite', sqliteStorage],
    ['postgres', postgresStorage],
  ] as const
  console.log(
    '| store | ledger.append entries/s | store.append entries/s | rebuild entries/s | read p50 ms | read p99 ms |',
  )
  console.log('|---|---:|---:|---:|---:|---:|')
  for (const [name, make] of stores) {
    const read = await readLatency(make, plan)
    const figures = [
      await ledgerAppend(make, plan),
      await storeAppend(make, plan),
      await rebuild(make, plan),
    ]
    const cells = [
      ...figures.map((f) => f.toLocaleString('en-US')),
      read.p50.toFixed(2),
      read.p99.toFixed(2),
    ]
    console.log(`| ${name} | ${cells.join(' | ')} |`)
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await standalone(process.argv.slice(2))
}
