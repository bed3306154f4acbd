import type { OrganizationStatus } from '../events/builtInEntryType'
import { closingStatus, type Entry } from '../events/catalogue'
import type { EntryEnvelope } from '../events/envelope'
import { dayOf } from '../time'
import { withEvaluationEntry } from './evaluationRecord'

/** An entry that closed a stream, and the penalty decision it rests on, if it names one. */
interface Closure {
  readonly seq: number
  readonly day: string
  readonly penalty: number | null
  readonly status: OrganizationStatus
}

/** A retraction or a penalty revocation: the entry it voids, unless it is voided itself. */
interface Voider {
  readonly seq: number
  readonly target: number
}

/** What the ledger keeps in memory of one stream to check invariants without reading it. */
export interface StreamSummary {
  readonly version: number
  /** The day the registration or filing that opened the stream took effect. */
  readonly openedOn: string
  readonly status: OrganizationStatus
  /** seq of the entry that closed the stream, while it is closed. */
  readonly closedBy?: number
  /** Every closure in effective order, voided or not. */
  readonly closures: readonly Closure[]
  /** Every retraction and penalty revocation of the stream. */
  readonly voiders: readonly Voider[]
  /**
   * The evaluation entries (the procedure's steps, grades and grade actions) and what amends
   * them: a handful per evaluation, kept so the next step is checked against the procedure.
   */
  readonly evaluation: readonly EntryEnvelope[]
}

/**
 * The summary after one more entry. The status is that of the last closure, in effective
 * order, that no retraction or penalty revocation voids, where a retraction can itself be
 * retracted; this is the status the credit file's fold arrives at, kept without the stream.
 */
export function summarize(summary: StreamSummary | undefined, entry: EntryEnvelope): StreamSummary {
  const before = summary ?? {
    version: 0,
    status: 'active',
    openedOn: dayOf(entry.effectiveAt),
    closures: [],
    voiders: [],
  }
  const { openedOn } = before
  let { closures, voiders } = before
  if (
    entry.amends !== undefined &&
    (entry.type === 'EntryRetracted' || entry.type === 'PenaltyRevoked')
  ) {
    voiders = [...voiders, { seq: entry.seq, target: entry.amends }]
  }
  const status = closingStatus(entry as Entry)
  if (status !== undefined) {
    const penalty = (entry.data as { penalty?: unknown }).penalty
    const closure: Closure = {
      seq: entry.seq,
      day: dayOf(entry.effectiveAt),
      penalty: typeof penalty === 'number' ? penalty : null,
      status,
    }
    closures = [...closures, closure].sort((a, b) =>
      a.day === b.day ? a.seq - b.seq : a.day < b.day ? -1 : 1,
    )
  }
  const evaluation = withEvaluationEntry(summary?.evaluation, entry)
  const common = { version: entry.version, openedOn, closures, voiders, evaluation }
  if (closures.length === 0) return { ...common, status: 'active' }
  const voided = (seq: number, depth = 0): boolean =>
    depth < 64 && voiders.some((v) => v.target === seq && !voided(v.seq, depth + 1))
  const open = closures.findLast(
    (c) => !voided(c.seq) && (c.penalty === null || !voided(c.penalty)),
  )
  return open
    ? { ...common, status: open.status, closedBy: open.seq }
    : { ...common, status: 'active' }
}

/** Stream summaries by organization id. */
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
