import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cases } from '../../bench/cases'
import type { Row, Settings } from '../../bench/harness/benchCase'
import { runCases } from '../../bench/harness/runCases'
import { markdownTable } from '../../bench/harness/table'
import { DEFAULT_SEED } from '../../bench/workload/workload'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

function finite(samples: readonly number[] | undefined): boolean {
  return samples === undefined || samples.every((sample) => Number.isFinite(sample))
}

describe('npm run bench', () => {
  // The tiny run keeps the suite from rotting; it asserts no timing. The durable stores' cases
  // (bench/stores.ts) are left to their own suite: PostgreSQL needs a server.
  it('runs every case of WORKLOAD.md at N = 1,000 and gives each a row of finite figures', async () => {
    const resultsDir = await mkdtemp(join(tmpdir(), 'integrity-ledger-bench-test-'))
    dirs.push(resultsDir)
    const settings: Settings = {
      n: 1000,
      seed: DEFAULT_SEED,
      repetitions: 1,
      minSeconds: 0,
      batchSize: 1000,
      sha: 'node',
      clock: 'wall',
      resultsDir,
      log: () => {},
    }
    const rows: Row[] = await runCases(cases, settings, true)

    for (const benchCase of cases) expect(rows.map((row) => row.case)).toContain(benchCase.name)
    expect(rows.filter((row) => row.status === 'failed')).toEqual([])
    for (const row of rows.filter((item) => item.status === undefined)) {
      expect(row.project, `${row.case}: ${row.measure}`).toHaveLength(1)
      expect(finite(row.project) && finite(row.limit), `${row.case}: ${row.measure}`).toBe(true)
    }
    expect(markdownTable(rows).split('\n')).toHaveLength(rows.length + 2)
  }, 300_000)
})
