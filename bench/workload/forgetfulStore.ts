import type { EntryEnvelope } from '../../src/events/envelope'
import type { AppendBatch, AppendOutcome, EventStore, StoredCheckpoint } from '../../src/store'
import { isNextInLine } from '../../src/store'

/**
 * A store that checks and counts what it is given, hands each committed batch to `sink`, and
 * keeps nothing else: how the export of a million organizations fits in memory. It serves
 * appends whose `amends` point inside the same batch, which the workload's appends do.
 */
export function forgetfulStore(sink: (entries: readonly EntryEnvelope[]) => void): EventStore {
  let head = 0
  const versions = new Map<string, number>()
  const checkpoints: StoredCheckpoint[] = []
  return {
    async append(batch: AppendBatch): Promise<AppendOutcome> {
      if (!isNextInLine(batch, head, (org) => versions.get(org) ?? 0)) {
        return { status: 'conflict', head }
      }
      for (const entry of batch.entries) versions.set(entry.org, entry.version)
      head += batch.entries.length
      sink(batch.entries)
      return { status: 'committed' }
    },
    async head() {
      return head
    },
    async streamVersion(org) {
      return versions.get(org) ?? 0
    },
    async readStream() {
      return []
    },
    async readEntry() {
      return undefined
    },
    async *readAll() {},
    async *streams() {
      yield [...versions.keys()]
    },
    async findIdempotency() {
      return undefined
    },
    async readPersonal() {
      return undefined
    },
    async erasePersonal() {},
    async saveCheckpoint(checkpoint) {
      checkpoints.push(checkpoint)
    },
    async checkpoints() {
      return [...checkpoints]
    },
    async close() {},
  }
}
