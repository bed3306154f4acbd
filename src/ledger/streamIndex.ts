import type { Entry, EntryEnvelope, OrganizationStatus } from '../events'
import { type Closing, closingOf, organizationStatus, type Undoing, undoingOf } from '../events'
import { dayOf } from '../time'
import { withEvaluationEntry } from './evaluationRecord'
import { withKindEntry } from './foundationKindIssues'
import { withFundraisingDecision } from './fundraisingDecisionIssues'
import { withInvestigationClosing } from './investigationClosings'
import { withLiquidationEntry } from './liquidationIssues'

/** What the ledger keeps in memory of one stream to check invariants without reading it. */
export interface StreamSummary {
  readonly version: number
  /** The day the registration or filing that opened the stream took effect. */
  readonly openedOn: string
  readonly status: OrganizationStatus
  /** seq of the entry that closed the stream, while it is closed. */
  readonly closedBy?: number
  /** Every closing in effective order, voided or not. */
  readonly closures: readonly Closing[]
  /** Every retraction and penalty revocation of the stream. */
  readonly voiders: readonly Undoing[]
  /**
   * The evaluation entries (the procedure's steps, grades and grade actions) and what amends
   * them: a handful per evaluation, kept so the next step is checked against the procedure.
   */
  readonly evaluation: readonly EntryEnvelope[]
  /** The investigation closings and deduction qualification losses, and the retractions that reach them: one standing per investigation or grant. */
  readonly investigationClosings: readonly EntryEnvelope[]
  /** The applications for the fundraising qualification, their grants and refusals (CH-02). */
  readonly fundraising: readonly EntryEnvelope[]
  /** The liquidations' starts, ends and applications for deregistration, and what amends them. */
  readonly liquidations: readonly EntryEnvelope[]
  /** The registration or filing, its `foundation_kind` change registrations and what amends them. */
  readonly kinds: readonly EntryEnvelope[]
}

/**
 * The summary after one more entry. The status is the one `organizationStatus` finds, as the
 * credit file's fold does, kept without the stream: only its closings and undoings are held.
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
  const undoing = undoingOf(entry as Entry)
  if (undoing !== undefined) voiders = [...voiders, undoing]
  const closing = closingOf(entry as Entry)
  if (closing !== undefined) {
    closures = [...closures, closing].sort((a, b) =>
      a.on === b.on ? a.seq - b.seq : a.on < b.on ? -1 : 1,
    )
  }
  const evaluation = withEvaluationEntry(summary?.evaluation, entry)
  const investigationClosings = withInvestigationClosing(summary?.investigationClosings, entry)
  const fundraising = withFundraisingDecision(summary?.fundraising, entry)
  const liquidations = withLiquidationEntry(summary?.liquidations, entry)
  const kinds = withKindEntry(summary?.kinds, entry)
  const common = {
    version: entry.version,
    openedOn,
    closures,
    voiders,
    evaluation,
    investigationClosings,
    fundraising,
    liquidations,
    kinds,
  }
  // The status reads only the closings and the undoings: an entry that adds neither keeps it.
  if (summary !== undefined && closing === undefined && undoing === undefined) {
    const { status, closedBy } = summary
    return closedBy === undefined ? { ...common, status } : { ...common, status, closedBy }
  }
  const { status, closedBy } = organizationStatus(closures, voiders)
  return closedBy === undefined
    ? { ...common, status }
    : { ...common, status, closedBy: closedBy.seq }
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
