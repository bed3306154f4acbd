import type { EntryInput } from '../../src/ledger/entryInput'
import { cnPolicy } from '../../src/policies'
import { sweep } from '../../src/rules'
import type { BenchCase, Row, Settings } from '../harness/benchCase'
import { collectGarbage } from '../harness/measure'
import { mark, since } from '../harness/stopwatch'
import { isoDay } from '../workload/days'
import { EXPORT_SIGNER, workloadExport } from '../workload/exportFile'
import { Random } from '../workload/random'
import { type RestoredLedger, restoredLedger } from '../workload/restore'

const FIRST_DAY = Date.UTC(2025, 0, 1) / 86_400_000

function seconds(settings: Settings, start: ReturnType<typeof mark>): number {
  const elapsed = since(start)
  return settings.clock === 'cpu' ? elapsed.cpuSeconds : elapsed.seconds
}

/** Records a disclosure on `day` for 1% of the organizations (open ones), as a day's changes. */
async function aDayOfChanges(
  restored: RestoredLedger,
  random: Random,
  day: string,
): Promise<number> {
  const count = Math.max(1, Math.round(restored.organizations.length / 100))
  let inputs: EntryInput[] = Array.from({ length: count }, () => ({
    org: random.pick(restored.organizations),
    type: 'DisclosurePublished',
    effectiveAt: day,
    by: 'bench',
    data: {
      category: 'major_event',
      title: '重大活动情况',
      body: '召开会员代表大会。',
      visibility: 'public',
    },
  }))
  // Closed organizations refuse new disclosures: drop those the ledger names and try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await restored.ledger.safeAppend(inputs)
    if (result.success) return inputs.length
    const refused = new Set(result.issues.map((issue) => issue.path[0]))
    inputs = inputs.filter((_, index) => !refused.has(index))
  }
  throw new Error('could not record a day of changes')
}

/** evaluate: full and incremental sweeps of every organization with the default policy, `cnPolicy`. */
export const evaluateCase: BenchCase = {
  name: 'evaluate',
  summary: `organizations/s of \`sweep(ledger, cnPolicy, { at })\` over every organization (the default pack, ${cnPolicy.rules.length} rule versions), and how many times faster the incremental sweep is after a day in which 1% of organizations changed`,
  async run(settings): Promise<Row[]> {
    const restored = await restoredLedger(await workloadExport(settings), EXPORT_SIGNER)
    const policy = cnPolicy
    const full: number[] = []
    const faster: number[] = []
    for (let rep = 0; rep < settings.repetitions; rep++) {
      const day = isoDay(FIRST_DAY + 2 * rep)
      const next = isoDay(FIRST_DAY + 2 * rep + 1)
      collectGarbage()
      const fullStart = mark()
      const swept = await sweep(restored.ledger, policy, { at: day })
      const fullSeconds = seconds(settings, fullStart)
      await aDayOfChanges(restored, new Random(settings.seed, 3_000_000_000 + rep), next)
      collectGarbage()
      const incrementalStart = mark()
      const again = await sweep(restored.ledger, policy, { at: next, state: swept.state })
      const incrementalSeconds = seconds(settings, incrementalStart)
      full.push(swept.evaluated.length / fullSeconds)
      faster.push(fullSeconds / incrementalSeconds)
      settings.log(
        `  rep ${rep + 1}: full ${swept.evaluated.length} orgs in ${fullSeconds.toFixed(2)} s, incremental ${again.evaluated.length} in ${incrementalSeconds.toFixed(3)} s`,
      )
    }
    return [
      {
        case: 'evaluate',
        measure: 'organizations/s, full sweep',
        unit: 'orgs/s',
        project: full,
        targets: [{ atLeast: 100_000 }],
      },
      {
        case: 'evaluate',
        measure: 'incremental sweep after a day with 1% changed, times faster than full',
        unit: '×',
        project: faster,
        targets: [{ atLeast: 10 }],
      },
    ]
  },
}
