import type { ObligationDecision, PolicySource } from '../rules'
import type { OutsideCalendarIssue } from '../time'

/** The kinds of duty `obligations` lists, as the rules pack's recurring duties set them. */
export type ObligationKind =
  | 'annual_report'
  | 'audit'
  | 'fundraising_progress'
  | 'fundraising_completion'
  | 'objection_answer'
  | 'credit_entry'
  | 'fundraising_plan_filing'
  | 'fundraising_plan_publication'
  | 'fundraising_plan_correction'
  | 'emergency_receipts'

/**
 * Where a duty stands on the day asked about: `due` (not yet done, not yet late), `overdue`,
 * `done` in time, or `done_late`.
 */
export type ObligationStatus = 'due' | 'overdue' | 'done' | 'done_late'

/** One instance of a duty of an organization, or of the authority that must answer it, as the rules pack sets it. */
export interface Obligation {
  /** Stable within a file: `annual_report:2023`, `fundraising_progress:41:2`, `objection_answer:57`, `credit_entry:12`. */
  readonly id: string
  readonly kind: ObligationKind
  /** Who must act. */
  readonly party: 'organization' | 'authority'
  /** The year a report covers, for annual duties. */
  readonly year: number | null
  /**
   * The last day to act in time; `null` when it needs a year the pack's holiday calendar does not
   * cover (`issues` names it), and the duty stays `due` until it is known.
   */
  readonly dueOn: string | null
  readonly status: ObligationStatus
  /** When and by which entry it was met. */
  readonly doneOn: string | null
  readonly doneBy: number | null
  /** The entries the duty arises from (a campaign's announcement, an objection). */
  readonly basedOn: readonly number[]
  /** The rule that sets it (`id`), and the instrument and article that rule cites. */
  readonly source: PolicySource
  /** Present when `dueOn` could not be counted: each issue names the calendar year to add. */
  readonly issues?: readonly OutsideCalendarIssue[]
}

/**
 * Where an instance stands, from the state the rules gave it: `done` after its due day is
 * `done_late`.
 */
export function statusOf(decision: ObligationDecision): ObligationStatus {
  const doneOn = decision.instance?.doneOn ?? null
  if (decision.state !== 'done') return decision.state
  return doneOn !== null && decision.due !== null && doneOn > decision.due ? 'done_late' : 'done'
}
