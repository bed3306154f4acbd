import { verifyReport } from '../../src/disclosure'
import type { BenchCase, Row } from '../harness/benchCase'
import { latencies } from '../harness/latency'
import { percentile } from '../harness/stats'
import { EXPORT_SIGNER, workloadExport } from '../workload/exportFile'
import { Random } from '../workload/random'
import { restoredLedger } from '../workload/restore'

const AS_OF = '2024-12-31'
// One report per ten organizations, up to 1,000 per repetition: enough for a p99.
const REPORTS = 1000

/** report: p50 and p99 of building one public report with proofs, and of verifying it. */
export const reportCase: BenchCase = {
  name: 'report',
  summary: `p50/p99 of \`ledger.publicReport(org, { asOf: '${AS_OF}' })\` (national disclosure policy, proofs, signed statement) for random organizations, and of \`verifyReport\` on each report with the log's public key`,
  async run(settings): Promise<Row[]> {
    const { ledger, organizations } = await restoredLedger(
      await workloadExport(settings),
      EXPORT_SIGNER,
    )
    const publicKey = EXPORT_SIGNER.publicKey
    const build = { p50: [] as number[], p99: [] as number[] }
    const check = { p50: [] as number[], p99: [] as number[] }
    for (let rep = 0; rep < settings.repetitions; rep++) {
      const random = new Random(settings.seed, 2_000_000_000 + rep)
      const count = Math.min(REPORTS, Math.ceil(organizations.length / 10))
      const orgs = Array.from({ length: count }, () => random.pick(organizations))
      const reports: unknown[] = []
      const built = await latencies(settings, orgs, async (org) => {
        reports.push(await ledger.publicReport(org, { asOf: AS_OF }))
      })
      const verified = await latencies(settings, reports, (report) => {
        const checked = verifyReport(report, { publicKey })
        if (!checked.success)
          throw new Error(`a report did not verify: ${checked.issues[0]?.message}`)
      })
      build.p50.push(percentile(built, 50))
      build.p99.push(percentile(built, 99))
      check.p50.push(percentile(verified, 50))
      check.p99.push(percentile(verified, 99))
      settings.log(
        `  rep ${rep + 1}: build p99 ${build.p99.at(-1)} ms, verify p99 ${check.p99.at(-1)} ms`,
      )
    }
    const row = (measure: string, project: number[], target: boolean): Row => ({
      case: 'report',
      measure,
      unit: 'ms',
      project,
      ...(target ? { targets: [{ atMost: 5 }] } : {}),
    })
    return [
      row('p50, build a public report', build.p50, false),
      row('p99, build a public report', build.p99, true),
      row('p50, verify a public report', check.p50, false),
      row('p99, verify a public report', check.p99, true),
    ]
  },
}
