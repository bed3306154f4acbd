import { foldCreditFile } from '../credit-file'
import type { Issue } from '../errors'
import type { Entry, EntryEnvelope } from '../events'
import { dayOf } from '../time'
import type { ValidInput } from './entryInput'
import type { StreamSummary } from './streamIndex'

/** The entries of a liquidation (DR-01, DR-04, DR-07): its start, end and the application after it. */
const liquidationTypes: ReadonlySet<string> = new Set<string>([
  'LiquidationStarted',
  'LiquidationCompleted',
  'DeregistrationApplied',
])

const NONE: readonly EntryEnvelope[] = Object.freeze([])

/**
 * The liquidation entries of a stream after one more entry: it joins them when it is one, or
 * when it corrects or retracts one of them, so the ledger reads liquidations as the credit
 * file does.
 */
export function withLiquidationEntry(
  kept: readonly EntryEnvelope[] | undefined,
  entry: EntryEnvelope,
): readonly EntryEnvelope[] {
  const before = kept ?? NONE
  if (liquidationTypes.has(entry.type)) return [...before, entry]
  const amending = entry.type === 'EntryRetracted' || entry.type === 'EntryCorrected'
  if (amending && before.some((other) => other.seq === entry.amends)) return [...before, entry]
  return before
}

/**
 * The issues of a liquidation entry the credit file could not place: an application for
 * deregistration with no liquidation ended on or before its day, a liquidation started while
 * another has not been applied for, and a second end of one liquidation. Each would leave the
 * 15-day filing duty met early, overdue for ever, or moved.
 */
export function liquidationIssues(input: ValidInput, summary: StreamSummary | undefined): Issue[] {
  if (!liquidationTypes.has(input.type)) return []
  const kept = (summary?.liquidations ?? NONE) as readonly Entry[]
  const { liquidations } = foldCreditFile(kept, {}, false)
  if (input.type === 'DeregistrationApplied') {
    const on = dayOf(input.effectiveAt)
    if (liquidations.some((item) => item.completedOn !== null && item.completedOn <= on)) return []
    return [
      {
        code: 'deregistration_without_liquidation',
        path: ['effectiveAt'],
        message: `no liquidation of ${input.org} had ended by ${on}; record its LiquidationCompleted first (the application follows the liquidation's end)`,
      },
    ]
  }
  if (input.type === 'LiquidationStarted') {
    const open = liquidations.find((item) => item.appliedOn === null)
    if (open === undefined) return []
    return [
      {
        code: 'liquidation_in_progress',
        path: ['type'],
        message: `the liquidation started on ${open.startedOn} (entry ${open.seq}) has not been applied for; record its end and the application, or retract it, before starting another`,
      },
    ]
  }
  const started = liquidations.find((item) => item.seq === input.amends)
  if (started === undefined || started.completedOn === null) return []
  return [
    {
      code: 'liquidation_already_completed',
      path: ['amends'],
      message: `the liquidation (entry ${input.amends}) ended on ${started.completedOn} (entry ${started.completionSeq}); retract that end to record another`,
    },
  ]
}
