import type { Applied } from '../ledger'
import type { Decision, SweepLedger, SweepState } from '../rules'

/** What `runRules` needs of a ledger: what `sweep` reads, and `apply`. A `createLedger` ledger is one. */
export interface RulesRunLedger extends SweepLedger {
  /** Appends the proposals among the decisions that may be appended, as `ledger.apply` does. */
  apply(decisions: readonly Decision[]): Promise<readonly Applied<Decision>[]>
}

/** One day on which a rules run wrote something or was refused, with what. */
export interface RulesRunDay {
  readonly at: string
  /** The automatic proposals appended, in order, each with the entries it wrote. */
  readonly appended: readonly Applied<Decision>[]
  /** The automatic proposals the ledger refused, with its issues (a closed organization, say). */
  readonly rejected: readonly Applied<Decision>[]
}

/** What a rules run did, counted. */
export interface RulesRunCounts {
  /** Sweeps made: one per day visited, and one more for each round on a day that appended. */
  readonly sweeps: number
  /** Organizations evaluated, over all sweeps. */
  readonly evaluated: number
  /** Proposals appended. */
  readonly appended: number
  /** Proposals an earlier (perhaps interrupted) run had applied already: nothing written. */
  readonly alreadyApplied: number
  /** Proposals the ledger refused. */
  readonly rejected: number
}

/** What `runRules` did and where the next run starts. */
export interface RulesRun {
  /**
   * True when the signal stopped the run before it reached `to`. Nothing is left half-applied:
   * `state` is the state after the last proposals applied, and a run from it carries on.
   */
  readonly stopped: boolean
  /**
   * The state to keep for the next run (plain JSON). Its `at` is the last day swept, `to` unless
   * the run stopped, and its decisions, obligations and due dates among them, are as of that day.
   */
  readonly state: SweepState
  /** The days on which something was appended or refused, in order. */
  readonly days: readonly RulesRunDay[]
  readonly counts: RulesRunCounts
}
