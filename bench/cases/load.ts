import { creditFileOf } from '../../src/credit-file'
import type { Entry } from '../../src/events/catalogue'
import { verifyLedger } from '../../src/proof'
import type { BenchCase, Row } from '../harness/benchCase'
import { compareRates } from '../harness/measure'
import { canonical } from '../limits/canonical'
import { leafHashOf } from '../limits/leafHash'
import { mutableFold } from '../limits/mutableFold'
import { EXPORT_SIGNER, type WorkloadExport, workloadExport } from '../workload/exportFile'
import { lineBatches } from '../workload/lines'

function byOrganization(entries: readonly Entry[]): Map<string, Entry[]> {
  const streams = new Map<string, Entry[]>()
  for (const entry of entries) {
    const stream = streams.get(entry.org)
    if (stream === undefined) streams.set(entry.org, [entry])
    else stream.push(entry)
  }
  return streams
}

async function loadWithLibrary(exported: WorkloadExport, publicKey: Uint8Array): Promise<number> {
  const entries: Entry[] = []
  for await (const lines of lineBatches(exported.jsonl)) {
    for (const line of lines) entries.push(JSON.parse(line) as Entry)
  }
  const checked = verifyLedger(entries, exported.checkpoint, publicKey)
  if (!checked.success) throw new Error(`verify failed: ${checked.issues[0]?.message}`)
  for (const stream of byOrganization(entries).values()) creditFileOf(stream)
  return entries.length
}

async function loadByHand(exported: WorkloadExport): Promise<number> {
  const entries: Entry[] = []
  for await (const lines of lineBatches(exported.jsonl)) {
    for (const line of lines) {
      const entry = JSON.parse(line) as Entry
      leafHashOf(canonical(entry))
      entries.push(entry)
    }
  }
  for (const stream of byOrganization(entries).values()) mutableFold(stream)
  return entries.length
}

/** load: a JSONL export parsed, verified and folded into every credit file. */
export const loadCase: BenchCase = {
  name: 'load',
  summary:
    'entries/s from a JSONL export: JSON.parse each line, `verifyLedger` against the signed checkpoint, `creditFileOf` per organization; limit: JSON.parse + canonical JSON + SHA-256 + a mutable fold',
  async run(settings): Promise<Row[]> {
    const exported = await workloadExport(settings)
    const publicKey = EXPORT_SIGNER.publicKey
    const rates = await compareRates(
      settings,
      { run: () => loadWithLibrary(exported, publicKey) },
      { run: () => loadByHand(exported) },
    )
    return [
      {
        case: 'load',
        measure: `entries/s, ${Math.round(exported.bytes / 2 ** 20)} MiB of JSONL`,
        unit: 'entries/s',
        project: rates.project,
        limit: rates.limit,
        targets: [{ ratioAtLeast: 0.7 }],
      },
    ]
  },
}
