import type { BenchCase, Row } from '../harness/benchCase'

/**
 * report: the public report is not built yet. When `ledger.publicReport` and `verifyReport`
 * land, time building and verifying one report per random organization, as the read case
 * times credit files, and fill `project` with the percentiles.
 */
export const reportCase: BenchCase = {
  name: 'report',
  summary: 'p50/p99 of building one public report with proofs, and of verifying it',
  async run(): Promise<Row[]> {
    const row = (measure: string): Row => ({
      case: 'report',
      measure,
      unit: 'ms',
      project: [],
      status: 'not yet built',
      targets: [{ atMost: 5 }],
    })
    return [row('p99, build a public report'), row('p99, verify a public report')]
  },
}
