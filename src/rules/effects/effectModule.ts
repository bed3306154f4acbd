import type { Issue } from '../../errors'
import type { EntryType } from '../../events'
import type { CompiledPolicy, CompiledRule } from '../compile/compilePolicy'
import type { Context, Outcome } from '../compile/outcome'
import type { Path } from '../conditions/conditionModule'
import type {
  Decision,
  DecisionBase,
  EntitlementDecision,
  ObligationDecision,
  ProposalDecision,
} from '../decision'
import type { EffectKind, EffectOf } from '../effect'
import type { LocalText } from '../localText'
import type { PolicyDocument } from '../policy'

/** What an effect is decided from, once its rule's condition holds on a date. */
export interface EffectInput {
  readonly rule: CompiledRule
  readonly found: Outcome
  readonly context: Context
  readonly policy: CompiledPolicy
  /** What every decision of the rule says. */
  readonly base: DecisionBase
  /** The day the condition came to hold, within the rule's span and not after the date. */
  readonly start: string
  /** A day the condition reported by name (`since`, `at` or a fact such as `deadline`). */
  readonly anchor: (name: string) => unknown
}

/** The decisions an effect made, and the earliest day after the date on which they may change. */
export interface EffectDecisions {
  readonly decisions: readonly Decision[]
  readonly next: string | null
}

/** The kinds of effect that set a duty recurring in instances: each year's report, each campaign's reports, each objection's answer. */
export type DutyKind = Extract<
  EffectKind,
  | 'annualReportDuty'
  | 'auditDuty'
  | 'fundraisingDuty'
  | 'objectionAnswerDuty'
  | 'fundraisingPlanDuty'
  | 'creditEntryDuty'
>

/** The kind of decision an effect of kind `K` makes. */
export type DecisionOf<K extends EffectKind> = K extends 'grant' | 'bar'
  ? EntitlementDecision
  : K extends 'obligation' | DutyKind
    ? ObligationDecision
    : ProposalDecision

/**
 * Everything the rule language does with one kind of effect besides reading it: its checks, the
 * decisions it makes and their words. `effectKinds` holds one for every kind, and everything
 * that treats kinds differently asks it.
 */
export interface EffectModule<K extends EffectKind> {
  /** The entry types its proposals append, by which `render` finds its words; none for grants, bars, obligations and duties. */
  readonly proposes: readonly EntryType[]
  /** What its shape cannot say, given the facts its rule's condition reports, at `path`. */
  readonly check: (effect: EffectOf<K>, path: Path, facts: ReadonlySet<string>) => Issue[]
  /** What it needs from the policy its rule sits in (a calendar for working days), at `path`. */
  readonly checkInPolicy: (effect: EffectOf<K>, path: Path, policy: PolicyDocument) => Issue[]
  /** The decisions it makes when its rule's condition holds. */
  readonly decide: (effect: EffectOf<K>, input: EffectInput) => EffectDecisions
  /** What a decision it made does, in both languages: `List on the abnormal-activities list`. */
  readonly words: (decision: DecisionOf<K>) => LocalText
}

/** `check` and `checkInPolicy` for an effect its schema checks fully. */
export function noIssues(): Issue[] {
  return []
}
