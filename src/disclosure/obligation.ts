import type { PolicySource } from '../rules'

/** The disclosure duties `obligations` tracks. */
export type ObligationKind =
  | 'annual_report'
  | 'audit'
  | 'fundraising_progress'
  | 'fundraising_completion'
  | 'objection_answer'

/**
 * Where a duty stands on the day asked about: `due` (not yet done, not yet late), `overdue`,
 * `done` in time, or `done_late`.
 */
export type ObligationStatus = 'due' | 'overdue' | 'done' | 'done_late'

/** One disclosure duty of an organization, or of the authority that must answer it. */
export interface Obligation {
  /** Stable within a file: `annual_report:2023`, `fundraising_progress:41:2`, `objection_answer:57`. */
  readonly id: string
  readonly kind: ObligationKind
  /** Who must act. */
  readonly party: 'organization' | 'authority'
  /** The year a report covers, for annual duties. */
  readonly year: number | null
  /** The last day to act in time. */
  readonly dueOn: string
  readonly status: ObligationStatus
  /** When and by which entry it was met. */
  readonly doneOn: string | null
  readonly doneBy: number | null
  /** The entries the duty arises from (a campaign's announcement, an objection). */
  readonly basedOn: readonly number[]
  readonly source: PolicySource
}

/** The status of a duty due on `dueOn`, met on `doneOn` (or not), seen on `at`. */
export function statusOf(dueOn: string, doneOn: string | null, at: string): ObligationStatus {
  if (doneOn !== null && doneOn <= at) return doneOn <= dueOn ? 'done' : 'done_late'
  return at > dueOn ? 'overdue' : 'due'
}
