import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { BenchCase, Row, Settings } from '../harness/benchCase'
import { type AppendPlan, appendPlan } from '../workload/appendPlan'

/**
 * What `bench/stores.ts` (the SQLite and PostgreSQL stores, written apart) exports for this
 * hook: async functions named `<measure><Store>`, e.g. `appendSqlite`, `rebuildPostgres`,
 * `readSqlite`, each taking the workload's append plan (calls with `amends` resolved for an
 * empty store) and the settings, and returning one figure: entries/s for append and rebuild,
 * p99 milliseconds for read. Each becomes a case (`append-sqlite`, …) run once per repetition.
 */
export type StoreMeasure = (plan: AppendPlan, settings: Settings) => Promise<number>

const STORES_MODULE = new URL('../stores.ts', import.meta.url)
const NAME = /^(append|rebuild|read)([A-Z][A-Za-z]*)$/

function storeCase(exportName: string, measure: StoreMeasure): BenchCase {
  const [, what = '', store = ''] = NAME.exec(exportName) ?? []
  const name = `${what}-${store.toLowerCase()}`
  const unit = what === 'read' ? 'ms' : 'entries/s'
  return {
    name,
    summary: `${what} with the ${store} store, as bench/stores.ts measures it`,
    async run(settings): Promise<Row[]> {
      const plan = appendPlan(settings.seed, settings.n, settings.batchSize)
      const samples: number[] = []
      for (let rep = 0; rep < settings.repetitions; rep++)
        samples.push(await measure(plan, settings))
      const measureText =
        what === 'read'
          ? 'p99 of a credit-file read'
          : `entries/s, ~${settings.batchSize} entries per call`
      return [{ case: name, measure: measureText, unit, project: samples }]
    },
  }
}

// Shown until bench/stores.ts exists, so the table keeps a place for the durable stores.
const placeholder: BenchCase = {
  name: 'stores',
  summary: 'append, rebuild and read with the SQLite and PostgreSQL stores (bench/stores.ts)',
  async run(): Promise<Row[]> {
    return ['sqlite', 'postgres'].map((store) => ({
      case: `append-${store}`,
      measure: 'entries/s, batches',
      unit: 'entries/s',
      project: [],
      status: 'not yet built' as const,
    }))
  },
}

/** The durable stores' cases from bench/stores.ts, or one placeholder while it is missing. */
export async function storeCases(): Promise<BenchCase[]> {
  if (!existsSync(fileURLToPath(STORES_MODULE))) return [placeholder]
  const module = (await import(STORES_MODULE.href)) as Record<string, unknown>
  const found: BenchCase[] = []
  for (const [exportName, value] of Object.entries(module)) {
    if (typeof value === 'function' && NAME.test(exportName)) {
      found.push(storeCase(exportName, value as StoreMeasure))
    }
  }
  return found.length > 0 ? found : [placeholder]
}
