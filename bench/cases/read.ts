import type { Ledger } from '../../src/createLedger'
import type { ReadOptions } from '../../src/ledger/readOptions'
import type { BenchCase, Row, Settings, Target } from '../harness/benchCase'
import { collectGarbage } from '../harness/measure'
import { percentile } from '../harness/stats'
import { mark, since } from '../harness/stopwatch'
import { bigOrganizationPlan } from '../workload/appendPlan'
import { workloadExport } from '../workload/exportFile'
import { Random } from '../workload/random'
import { restoredLedger } from '../workload/restore'

const AS_OF = '2020-12-31'
const AVERAGE_READS = 10_000
const BIG_READS = 300
const BIG_ENTRIES = 5000

/** Milliseconds of each `ledger.creditFile` call, by the settings' clock, after a warm-up. */
async function latencies(
  settings: Settings,
  ledger: Ledger,
  orgs: readonly string[],
  options?: ReadOptions,
): Promise<number[]> {
  for (const org of orgs.slice(0, 200)) await ledger.creditFile(org, options)
  collectGarbage()
  const times: number[] = []
  for (const org of orgs) {
    const start = mark()
    await ledger.creditFile(org, options)
    const elapsed = since(start)
    times.push(1000 * (settings.clock === 'cpu' ? elapsed.cpuSeconds : elapsed.seconds))
  }
  return times
}

function sampleOf(seed: number, rep: number, orgs: readonly string[], count: number): string[] {
  const random = new Random(seed, 1_000_000_000 + rep)
  return Array.from({ length: count }, () => random.pick(orgs))
}

/** read: p50 and p99 of `ledger.creditFile(org)`, now and as of a past date. */
export const readCase: BenchCase = {
  name: 'read',
  summary: `p50/p99 of \`ledger.creditFile(org)\` now and \`{ asOf: '${AS_OF}' }\`, for random organizations of the workload and for one synthetic organization with ${BIG_ENTRIES.toLocaleString('en-US')} entries`,
  async run(settings): Promise<Row[]> {
    const { ledger, store, organizations } = await restoredLedger(await workloadExport(settings))
    const big = bigOrganizationPlan(settings.seed, BIG_ENTRIES, (await ledger.head()).size)
    for (const call of big.calls) await ledger.append(call)
    const bigOrg = big.organizations[0]?.org as string
    const known: string[] = []
    for (const org of organizations) {
      const first = (await store.readStream(org, { toVersion: 1 }))[0]
      if (first !== undefined && first.effectiveAt <= AS_OF) known.push(org)
    }
    const series: Record<string, { p50: number[]; p99: number[] }> = {}
    const add = (name: string, times: readonly number[]) => {
      const entry = series[name] ?? { p50: [], p99: [] }
      series[name] = entry
      entry.p50.push(percentile(times, 50))
      entry.p99.push(percentile(times, 99))
    }
    for (let rep = 0; rep < settings.repetitions; rep++) {
      const count = Math.min(AVERAGE_READS, organizations.length)
      add(
        'average organization, now',
        await latencies(settings, ledger, sampleOf(settings.seed, rep, organizations, count)),
      )
      add(
        `average organization, as of ${AS_OF}`,
        await latencies(settings, ledger, sampleOf(settings.seed, rep, known, count), {
          asOf: AS_OF,
        }),
      )
      const bigReads = Array.from({ length: BIG_READS }, () => bigOrg)
      add(
        `${BIG_ENTRIES.toLocaleString('en-US')}-entry organization, now`,
        await latencies(settings, ledger, bigReads),
      )
      add(
        `${BIG_ENTRIES.toLocaleString('en-US')}-entry organization, as of ${AS_OF}`,
        await latencies(settings, ledger, bigReads, { asOf: AS_OF }),
      )
      settings.log(`  rep ${rep + 1} done`)
    }
    const rows: Row[] = []
    for (const [name, { p50, p99 }] of Object.entries(series)) {
      const limit: Target[] = [{ atMost: name.startsWith('average') ? 1 : 5 }]
      rows.push({ case: 'read', measure: `p50, ${name}`, unit: 'ms', project: p50 })
      rows.push({ case: 'read', measure: `p99, ${name}`, unit: 'ms', project: p99, targets: limit })
    }
    return rows
  },
}
