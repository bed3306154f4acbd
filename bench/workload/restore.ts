import { deepFreeze } from '../../src/_internal/deepFreeze'
import { createLedger, type Ledger } from '../../src/createLedger'
import type { Entry } from '../../src/events/catalogue'
import type { Signer } from '../../src/proof'
import { type EventStore, memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import type { WorkloadExport } from './exportFile'
import { lineBatches } from './lines'

/** Every entry of an export, parsed, in seq order. */
export async function readEntries(exported: WorkloadExport): Promise<Entry[]> {
  const entries: Entry[] = []
  for await (const lines of lineBatches(exported.jsonl)) {
    for (const line of lines) entries.push(JSON.parse(line) as Entry)
  }
  return entries
}

/** A ledger over a memory store restored from an export, caught up (hashed) before it is returned. */
export interface RestoredLedger {
  readonly ledger: Ledger
  readonly store: EventStore
  /** Organization ids in the order their streams began. */
  readonly organizations: readonly string[]
  /** Seconds the ledger took to catch up with the restored store. */
  readonly catchUpSeconds: number
}

/**
 * Puts an export's entries into a memory store page by page, frozen as the ledger stores them,
 * and opens a ledger over it, as a restore from a backup would; with `signer`, the ledger can
 * sign checkpoints and public reports.
 */
export async function restoredLedger(
  exported: WorkloadExport,
  signer?: Signer,
): Promise<RestoredLedger> {
  const store = memoryStore()
  for await (const lines of lineBatches(exported.jsonl)) {
    const entries = lines.map((line) => deepFreeze(JSON.parse(line) as Entry))
    const outcome = await store.append({ entries, personal: [] })
    if (outcome.status !== 'committed') throw new Error(`restore failed: ${outcome.status}`)
  }
  const clock = fixedClock('2025-02-01T00:00:00+08:00', 1000)
  const ledger = createLedger({ store, clock, ...(signer ? { signer } : {}) })
  const start = performance.now()
  await ledger.head()
  const catchUpSeconds = (performance.now() - start) / 1000
  const organizations: string[] = []
  for await (const page of store.streams()) organizations.push(...page)
  return { ledger, store, organizations, catchUpSeconds }
}
