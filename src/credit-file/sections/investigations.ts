import type { EntryOf, InvestigationOutcome } from '../../events'
import type { CreditFileDraft } from '../creditFile'
import { effectiveDay } from '../effectiveDay'

/** An investigation (立案调查) and, once closed, how it ended. */
export interface InvestigationView {
  readonly seq: number
  readonly on: string
  /** The case number. */
  readonly ref: string | null
  readonly department: string
  readonly matter: string
  readonly closedOn: string | null
  readonly closingSeq: number | null
  readonly outcome: InvestigationOutcome | null
}

/** Opens an investigation. */
export function investigationOpened(
  draft: CreditFileDraft,
  entry: EntryOf<'InvestigationOpened'>,
): void {
  draft.investigations.push({
    seq: entry.seq,
    on: effectiveDay(entry.effectiveAt),
    ref: entry.ref ?? null,
    department: entry.data.department,
    matter: entry.data.matter,
    closedOn: null,
    closingSeq: null,
    outcome: null,
  })
}

/**
 * Closes the investigation that `amends` names. The ledger refuses a second closing while the
 * first stands (`investigation_already_closed`); entries from elsewhere keep the first.
 */
export function investigationClosed(
  draft: CreditFileDraft,
  entry: EntryOf<'InvestigationClosed'>,
): void {
  const case_ = draft.investigations.find((item) => item.seq === entry.amends)
  if (case_ === undefined || case_.closedOn !== null) return
  case_.closedOn = effectiveDay(entry.effectiveAt)
  case_.closingSeq = entry.seq
  case_.outcome = entry.data.outcome
}
