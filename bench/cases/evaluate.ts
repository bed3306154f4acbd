import type { BenchCase, Row } from '../harness/benchCase'

/**
 * evaluate: the rules engine is not built yet. When `ledger.evaluate` and the sweep land, time
 * a full sweep of every organization with the default policy, then an incremental sweep after
 * a simulated day in which 1% of organizations changed, and fill `project` with their rates.
 */
export const evaluateCase: BenchCase = {
  name: 'evaluate',
  summary:
    'organizations/s evaluated with the default policy: a full sweep, and an incremental sweep after a day with 1% changed',
  async run(): Promise<Row[]> {
    return [
      {
        case: 'evaluate',
        measure: 'organizations/s, full sweep',
        unit: 'orgs/s',
        project: [],
        status: 'not yet built',
        targets: [{ atLeast: 100_000 }],
      },
      {
        case: 'evaluate',
        measure: 'incremental sweep after a day with 1% changed, times faster than full',
        unit: '×',
        project: [],
        status: 'not yet built',
        targets: [{ atLeast: 10 }],
      },
    ]
  },
}
