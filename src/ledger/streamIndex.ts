import type { Entry } from '../events/catalogue'
import { nextStatus } from '../events/catalogue'
import type { OrganizationStatus } from '../events/defineEntryType'
import type { EntryEnvelope } from '../events/envelope'

/** What the ledger keeps in memory of one stream to check invariants without reading it. */
export interface StreamSummary {
  readonly version: number
  readonly status: OrganizationStatus
  /** seq of the entry that closed the stream, while it is closed. */
  readonly closedBy?: number
}

const NEW_STREAM: StreamSummary = { version: 0, status: 'active' }

/**
 * The summary after one more entry. Retracting the entry that closed a stream, or revoking
 * the penalty that did, reopens it: the closure is then void, as a court or a correction says.
 */
export function summarize(summary: StreamSummary | undefined, entry: EntryEnvelope): StreamSummary {
  const before = summary ?? NEW_STREAM
  const reopens =
    before.closedBy !== undefined &&
    entry.amends === before.closedBy &&
    (entry.type === 'EntryRetracted' || entry.type === 'PenaltyRevoked')
  if (reopens) return { version: entry.version, status: 'active' }
  const status = nextStatus(before.status, entry as Entry)
  if (status !== before.status) return { version: entry.version, status, closedBy: entry.seq }
  return before.closedBy === undefined
    ? { version: entry.version, status }
    : { version: entry.version, status, closedBy: before.closedBy }
}

/** Stream summaries by organization id, with an overlay for checking a batch before it lands. */
export class StreamIndex {
  private readonly summaries = new Map<string, StreamSummary>()

  /** The summary of a stream; undefined when the organization has no stream. */
  get(org: string): StreamSummary | undefined {
    return this.summaries.get(org)
  }

  /** Records an entry that the store has committed. */
  apply(entry: EntryEnvelope): void {
    this.summaries.set(entry.org, summarize(this.summaries.get(entry.org), entry))
  }

  /** The number of streams. */
  get size(): number {
    return this.summaries.size
  }
}
