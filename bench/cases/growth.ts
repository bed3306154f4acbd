import type { BenchCase, Row } from '../harness/benchCase'
import { compareRates } from '../harness/measure'
import { appendPass } from './append'

/** growth: append cost per entry at N against N/10; linear is 1.0. */
export const growthCase: BenchCase = {
  name: 'growth',
  summary:
    'µs per entry of the public append at N against the same at N/10 (the first tenth of the same workload), measured alternately in one process; linear is 1.0',
  async run(settings): Promise<Row[]> {
    const tenth = Math.max(1, Math.round(settings.n / 10))
    const rates = await compareRates(
      settings,
      appendPass(settings, settings.n),
      appendPass(settings, tenth),
    )
    const micros = (rate: number) => 1e6 / rate
    return [
      {
        case: 'growth',
        measure: `append µs/entry at N = ${settings.n.toLocaleString('en-US')} vs N = ${tenth.toLocaleString('en-US')}`,
        unit: 'µs',
        project: rates.project.map(micros),
        limit: rates.limit.map(micros),
        limitLabel: `at N = ${tenth.toLocaleString('en-US')}`,
        targets: [{ ratioAtMost: 1.3 }],
      },
    ]
  },
}
