import { creditFileOf } from '../../src/credit-file'
import type { Entry } from '../../src/events/catalogue'
import type { BenchCase, Row } from '../harness/benchCase'
import { compareRates } from '../harness/measure'
import { mutableFold } from '../limits/mutableFold'
import { workloadExport } from '../workload/exportFile'
import { restoredLedger } from '../workload/restore'

/** rebuild: every credit file folded from the stored log, against a hand-written mutable fold. */
export const rebuildCase: BenchCase = {
  name: 'rebuild',
  summary:
    'entries/s folding every credit file from the stored log, with `creditFileOf` over each stream and through `ledger.creditFile(org)`; limit: a hand-written mutable fold over the same entries',
  async run(settings): Promise<Row[]> {
    const exported = await workloadExport(settings)
    const { ledger, store, organizations } = await restoredLedger(exported)
    const streams: (readonly Entry[])[] = []
    for (const org of organizations) streams.push((await store.readStream(org)) as Entry[])
    const entries = exported.entries
    const fold = await compareRates(
      settings,
      {
        run: () => {
          for (const stream of streams) creditFileOf(stream)
          return entries
        },
      },
      {
        run: () => {
          for (const stream of streams) mutableFold(stream)
          return entries
        },
      },
    )
    const read = await compareRates(settings, {
      run: async () => {
        for (const org of organizations) await ledger.creditFile(org)
        return entries
      },
    })
    const targets = [{ ratioAtLeast: 0.5 }]
    return [
      {
        case: 'rebuild',
        measure: 'entries/s, `creditFileOf` over each stored stream',
        unit: 'entries/s',
        project: fold.project,
        limit: fold.limit,
        targets,
      },
      {
        case: 'rebuild',
        measure: 'entries/s, `ledger.creditFile(org)` for every org',
        unit: 'entries/s',
        project: read.project,
        limit: fold.limit,
        targets,
      },
    ]
  },
}
