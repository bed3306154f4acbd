import type { Cause, EntryType } from '../events'
import type { OutsideCalendarIssue } from '../time'
import type { RuleSource } from './citation'
import type { Duty, Mode } from './effect'
import type { Explanation } from './explanation'
import type { LocalText } from './localText'

/**
 * An entry a rule proposes, ready for `ledger.apply`: a plain entry input whose `cause` cites
 * the rule, the policy's hash and the entries read. Keys are in canonical order.
 */
export interface ProposedEntry {
  /** The listing a removal ends. */
  readonly amends?: number
  /** `rule:<id>`, or the authority the rule names. */
  readonly by: string
  readonly cause: Cause
  readonly data: Readonly<Record<string, unknown>>
  /** The day the condition came to hold (never before the rule took effect), else the decision date. */
  readonly effectiveAt: string
  readonly org: string
  readonly type: EntryType
}

/** What every decision says: which rule of which policy, about whom, on what date, resting on which entries, and why. */
export interface DecisionBase {
  readonly rule: string
  readonly title: LocalText
  readonly source: RuleSource
  /** The SHA-256 of the policy's canonical JSON. */
  readonly policy: string
  readonly org: string
  /** The date the policy was evaluated at. */
  readonly at: string
  /** The day the condition came to hold, when the record shows it. */
  readonly since: string | null
  /** The seqs of the entries the decision rests on, ascending. */
  readonly inputs: readonly number[]
  readonly because: Explanation
}

/** A rule proposes an entry: appended by `apply` when `automatic`, else when an authority confirms it. */
export interface ProposalDecision extends DecisionBase {
  readonly kind: 'proposal'
  readonly mode: Mode
  readonly entry: ProposedEntry
}

/** A rule grants or bars a benefit, from a day until a day (`null`: as long as the record stays as it is). */
export interface EntitlementDecision extends DecisionBase {
  readonly kind: 'entitlement'
  readonly effect: 'grant' | 'bar'
  readonly benefit: string
  readonly label: LocalText
  readonly from: string
  readonly until: string | null
}

/**
 * One occurrence of a recurring duty: the year's annual report, a campaign's third progress
 * report, the answer to one objection. `key` tells it apart from the other instances of its rule
 * and duty (`2023`, `41:2`, `57`).
 */
export interface ObligationInstance {
  readonly key: string
  /** The year a report covers, for yearly duties. */
  readonly year: number | null
  /** The entries the instance arises from (a campaign's announcement, an objection and what it disputes). */
  readonly basedOn: readonly number[]
  /** The day it was met, and the entry that met it; `null` while it is not. */
  readonly doneOn: string | null
  readonly doneBy: number | null
}

/** A rule sets an obligation: who must do what by when, and whether it is due, overdue or done. */
export interface ObligationDecision extends DecisionBase {
  readonly kind: 'obligation'
  readonly duty: string
  readonly label: LocalText
  readonly who: Duty
  readonly due: string | null
  readonly opensOn: string | null
  readonly state: 'due' | 'overdue' | 'done'
  /**
   * Present when `due` or `opensOn` could not be counted because it falls outside the policy's
   * holiday calendar: that day is then `null`, and each issue names the year to add.
   */
  readonly issues?: readonly OutsideCalendarIssue[]
  /** Present for a duty that recurs (each year's report, each campaign's reports, each objection): which occurrence this is. */
  readonly instance?: ObligationInstance
}

/** What a policy decides about one organization on one date. */
export type Decision = ProposalDecision | EntitlementDecision | ObligationDecision
