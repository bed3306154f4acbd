import { checkArgument, expectString } from '../_internal/arguments'
import type {
  Decision,
  EntitlementDecision,
  ObligationDecision,
  ProposalDecision,
} from './decision'
import { decisionsSchema } from './decisionSchema'

/** The proposals among decisions; `automatic` ones only when asked. */
export function proposals(
  decisions: readonly Decision[],
  mode?: ProposalDecision['mode'],
): ProposalDecision[] {
  checkArgument(decisionsSchema, decisions, 'decisions')
  return decisions.filter(
    (d): d is ProposalDecision => d.kind === 'proposal' && (mode === undefined || d.mode === mode),
  )
}

/** The grants and bars among decisions. */
export function entitlements(decisions: readonly Decision[]): EntitlementDecision[] {
  checkArgument(decisionsSchema, decisions, 'decisions')
  return decisions.filter((d): d is EntitlementDecision => d.kind === 'entitlement')
}

/** The obligations among decisions, of one state when asked. */
export function obligations(
  decisions: readonly Decision[],
  state?: ObligationDecision['state'],
): ObligationDecision[] {
  checkArgument(decisionsSchema, decisions, 'decisions')
  return decisions.filter(
    (d): d is ObligationDecision =>
      d.kind === 'obligation' && (state === undefined || d.state === state),
  )
}

/** Whether the decisions grant `benefit` and bar it nowhere: a bar always wins (JR-01, JR-08). */
export function isEntitled(decisions: readonly Decision[], benefit: string): boolean {
  checkArgument(decisionsSchema, decisions, 'decisions')
  expectString(benefit, 'benefit')
  let granted = false
  for (const d of decisions) {
    if (d.kind !== 'entitlement' || d.benefit !== benefit) continue
    if (d.effect === 'bar') return false
    granted = true
  }
  return granted
}
