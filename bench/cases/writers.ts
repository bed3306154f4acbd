import { spawn } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import pg from 'pg'
import { sqliteStore } from '../../src/adapters/sqlite'
import type { BenchCase, Row, Settings } from '../harness/benchCase'
import { percentile } from '../harness/stats'

const CHILD = new URL('../writerChild.ts', import.meta.url).pathname
const POSTGRES_URL = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
// Writer processes, and the most organizations they share: enough for every writer to meet
// the others many times, few enough to repeat.
const RUNS = [
  { processes: 8, organizations: 1000 },
  { processes: 32, organizations: 2000 },
] as const

interface WriterReport {
  readonly entries: number
  readonly seconds: number
  readonly cpuSeconds: number
  readonly latencies: readonly number[]
  readonly failures: readonly string[]
}

interface RunFigures {
  readonly rate: number
  readonly p99: number
  readonly failed: number
}

/** Runs the writer processes once on fresh storage and gathers what they report. */
async function runWriters(
  settings: Settings,
  kind: 'sqlite' | 'postgres',
  mode: 'default' | 'optimistic',
  run: (typeof RUNS)[number],
): Promise<RunFigures> {
  const storage = kind === 'sqlite' ? await sqliteFile() : await postgresSchema()
  try {
    const n = Math.min(settings.n, run.organizations)
    const children = Array.from({ length: run.processes }, (_, index) =>
      spawn(
        process.execPath,
        ['--import', 'tsx', CHILD, '--store', storage.spec, '--mode', mode]
          .concat(['--index', String(index), '--of', String(run.processes)])
          .concat(['--n', String(n), '--seed', String(settings.seed)]),
        { stdio: ['pipe', 'pipe', 'inherit'] },
      ),
    )
    const lines = children.map((child) =>
      createInterface({ input: child.stdout })[Symbol.asyncIterator](),
    )
    const next = async (i: number): Promise<string> => {
      const line = await (lines[i] as AsyncIterator<string>).next()
      if (line.done) throw new Error('a writer process ended without a report')
      return line.value
    }
    await Promise.all(children.map((_, i) => next(i)))
    const started = performance.now()
    for (const child of children) child.stdin.end('go\n')
    const reports = await Promise.all(
      children.map(async (_, i) => JSON.parse(await next(i)) as WriterReport),
    )
    const seconds = (performance.now() - started) / 1000
    const entries = reports.reduce((sum, r) => sum + r.entries, 0)
    const latencies = reports.flatMap((r) => r.latencies)
    const failed = reports.reduce((sum, r) => sum + r.failures.length, 0)
    if (failed > 0)
      settings.log(
        `${kind} ${mode}: ${failed} failed, e.g. ${reports.flatMap((r) => r.failures)[0]}`,
      )
    return { rate: entries / seconds, p99: percentile(latencies, 0.99), failed }
  } finally {
    await storage.destroy()
  }
}

async function sqliteFile(): Promise<{ spec: string; destroy(): Promise<void> }> {
  const file = join(tmpdir(), `integrity-ledger-writers-${randomUUID()}.db`)
  // Created before the writers start, so they do not race to create the schema.
  await sqliteStore({ file }).close()
  return {
    spec: `sqlite:${file}`,
    destroy: async () => {
      for (const suffix of ['', '-wal', '-shm']) await rm(file + suffix, { force: true })
    },
  }
}

async function postgresSchema(): Promise<{ spec: string; destroy(): Promise<void> }> {
  const schema = `il_writers_${randomBytes(6).toString('hex')}`
  const url = new URL(POSTGRES_URL)
  url.searchParams.set('schema', schema)
  return {
    spec: `postgres:${url}`,
    destroy: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      await client.end()
    },
  }
}

/**
 * writers: 8 and 32 processes appending at once to one SQLite file and to one PostgreSQL
 * schema, one call per organization: the library as it is (optimistic, then the store's write
 * lock after a few lost races) beside the optimistic path alone, which a store without a
 * write lock gets (the limit column): throughput, p99 latency and failed appends.
 */
export const writersCase: BenchCase = {
  name: 'writers',
  summary: 'writer processes on one store: the library beside the optimistic path alone',
  async run(settings): Promise<Row[]> {
    const rows: Row[] = []
    for (const run of RUNS) {
      for (const kind of ['sqlite', 'postgres'] as const) {
        const library: RunFigures[] = []
        const optimistic: RunFigures[] = []
        for (let rep = 0; rep < settings.repetitions; rep++) {
          library.push(await runWriters(settings, kind, 'default', run))
          optimistic.push(await runWriters(settings, kind, 'optimistic', run))
        }
        const common = { case: `writers-${kind}`, limitLabel: 'optimistic alone' }
        rows.push(
          {
            ...common,
            measure: `entries/s, ${run.processes} processes, one call per organization`,
            unit: 'entries/s',
            project: library.map((r) => r.rate),
            limit: optimistic.map((r) => r.rate),
          },
          {
            ...common,
            measure: `p99 of an append call, ${run.processes} processes`,
            unit: 'ms',
            project: library.map((r) => r.p99),
            limit: optimistic.map((r) => r.p99),
          },
          {
            ...common,
            measure: `appends that failed, ${run.processes} processes`,
            unit: 'calls',
            project: library.map((r) => r.failed),
            limit: optimistic.map((r) => r.failed),
            targets: [{ atMost: 0 }],
          },
        )
      }
    }
    return rows
  },
}
