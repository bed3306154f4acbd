import { verifyLedger } from '../../src/proof'
import type { BenchCase, Row } from '../harness/benchCase'
import { compareRates } from '../harness/measure'
import { canonical } from '../limits/canonical'
import { leafHashOf } from '../limits/leafHash'
import { EXPORT_SIGNER, workloadExport } from '../workload/exportFile'
import { readEntries } from '../workload/restore'

/** verify: `verifyLedger` over a parsed export against canonical JSON + SHA-256 alone. */
export const verifyCase: BenchCase = {
  name: 'verify',
  summary:
    'entries/s of `verifyLedger` checking a parsed export against its signed checkpoint; limit: canonical JSON + one SHA-256 per entry, hand-written',
  async run(settings): Promise<Row[]> {
    const exported = await workloadExport(settings)
    const entries = await readEntries(exported)
    const publicKey = EXPORT_SIGNER.publicKey
    const rates = await compareRates(
      settings,
      {
        run: () => {
          const checked = verifyLedger(entries, exported.checkpoint, publicKey)
          if (!checked.success) throw new Error(`verify failed: ${checked.issues[0]?.message}`)
          return entries.length
        },
      },
      {
        run: () => {
          for (const entry of entries) leafHashOf(canonical(entry))
          return entries.length
        },
      },
    )
    return [
      {
        case: 'verify',
        measure: 'entries/s, parsed export against a checkpoint',
        unit: 'entries/s',
        project: rates.project,
        limit: rates.limit,
        targets: [{ ratioAtLeast: 0.8 }],
      },
    ]
  },
}
