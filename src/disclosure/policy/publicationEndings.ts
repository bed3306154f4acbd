import { expectArray, expectObject, expectString, invalidArgument } from '../../_internal/arguments'
import { amended, collectAmendments } from '../../credit-file'
import type { Cause, Entry, EntryEnvelope, PublicationEndedData } from '../../events'
import { builtInCatalogue, type EntryCatalogue } from '../../events'
import type { PublicationWindow } from '../../rules'
import {
  type DisclosurePolicy,
  disclosurePolicy,
  disclosurePolicyHash,
  type PolicyDocument,
} from '../../rules'
import { dayOf, elapsesOn } from '../../time'
import { severityOf } from './severityOf'

/** A PublicationEnded entry to append, in the shape `ledger.append` takes. */
export interface PublicationEndedInput {
  readonly org: string
  readonly type: 'PublicationEnded'
  readonly effectiveAt: string
  readonly by: string
  readonly amends: number
  readonly cause: Cause
  readonly data: PublicationEndedData
}

const REMOVALS: Readonly<Record<string, string>> = {
  ListedOnAbnormalList: 'RemovedFromAbnormalList',
  ListedOnSeriousList: 'RemovedFromSeriousList',
  DishonestDebtorListed: 'DishonestDebtorRemoved',
}

/**
 * The publication windows that have run out by `at`, as entries to append: one per entry
 * still public, effective on the first day its window has run (so a late sweep back-dates
 * it), citing the window and the policy's hash. Where several windows apply, the first to run
 * out ends publication. A window counted from a removal waits for the removal. Appending the
 * result twice is harmless to reports, but the sweep proposes nothing already ended. The
 * policy is checked by its schema, and its checked copy is what is applied. A ledger with host
 * entry types passes them as `entryTypes` (`ledger.entryTypes`).
 *
 * @example
 * await ledger.append(publicationEndings(policy, await ledger.entries(org), { at: '2026-05-01', by: '上海市民政局' }))
 */
export function publicationEndings(
  givenPolicy: DisclosurePolicy | PolicyDocument,
  entries: readonly EntryEnvelope[],
  options: { readonly at: string; readonly by: string; readonly entryTypes?: EntryCatalogue },
): PublicationEndedInput[] {
  const policy = disclosurePolicy(givenPolicy)
  expectArray(entries, 'entries')
  expectObject(options, 'options')
  const by = options.by
  expectString(by, 'options.by')
  const at = dayOf(options.at)
  if (policy.windows.length === 0) return []
  const catalogue = options.entryTypes ?? builtInCatalogue
  if (typeof catalogue.upcast !== 'function') {
    throw invalidArgument('options.entryTypes', "a ledger's entryTypes", options.entryTypes)
  }
  const read = entries.map(catalogue.upcast)
  const bySeq = new Map(read.map((entry) => [entry.seq, entry]))
  const amendments = collectAmendments(read)
  const ended = new Set<number>()
  const removedOn = new Map<number, { on: string; seq: number }>()
  for (const entry of read) {
    if (amendments.retracted.has(entry.seq) || entry.amends === undefined) continue
    if (entry.type === 'PublicationEnded') ended.add(entry.amends)
    const target = bySeq.get(entry.amends)
    if (
      target !== undefined &&
      REMOVALS[target.type] === entry.type &&
      !removedOn.has(target.seq)
    ) {
      removedOn.set(target.seq, { on: dayOf(entry.effectiveAt), seq: entry.seq })
    }
  }
  const hash = disclosurePolicyHash(policy)
  const proposals: PublicationEndedInput[] = []
  for (const original of read) {
    if (ended.has(original.seq)) continue
    const entry = amended(original, amendments)
    if (entry === undefined) continue
    let best: { window: PublicationWindow; from: string; end: string; inputs: number[] } | undefined
    for (const window of policy.windows) {
      if (!window.types.includes(entry.type)) continue
      if (window.severity !== undefined && window.severity !== severityOf(policy, entry)) continue
      const start = startOf(window, entry, removedOn.get(entry.seq))
      if (start === undefined) continue
      const end = elapsesOn(start.from, window.length, window.convention)
      if (end <= at && (best === undefined || end < best.end)) best = { window, ...start, end }
    }
    if (best === undefined) continue
    proposals.push({
      org: entry.org,
      type: 'PublicationEnded',
      effectiveAt: best.end,
      by,
      amends: entry.seq,
      cause: { rule: best.window.id, policy: hash, inputs: best.inputs },
      data: {
        ground: 'window_elapsed',
        rule: best.window.id,
        policy: hash,
        window: best.window.length,
        from: best.from,
      },
    })
  }
  return proposals
}

function startOf(
  window: PublicationWindow,
  entry: Entry,
  removal: { on: string; seq: number } | undefined,
): { from: string; inputs: number[] } | undefined {
  if (window.from === 'removal') {
    return removal === undefined
      ? undefined
      : { from: removal.on, inputs: [entry.seq, removal.seq] }
  }
  const decided = (entry.data as { decidedOn?: unknown }).decidedOn
  const from =
    window.from === 'decision' && typeof decided === 'string' ? decided : dayOf(entry.effectiveAt)
  return { from, inputs: [entry.seq] }
}
