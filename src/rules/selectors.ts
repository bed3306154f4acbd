import type {
  Decision,
  EntitlementDecision,
  ObligationDecision,
  ProposalDecision,
} from './decision'

/** The proposals among decisions; `automatic` ones only when asked. */
export function proposals(
  decisions: readonly Decision[],
  mode?: ProposalDecision['mode'],
): ProposalDecision[] {
  return decisions.filter(
    (d): d is ProposalDecision => d.kind === 'proposal' && (mode === undefined || d.mode === mode),
  )
}

/** The grants and bars among decisions. */
export function entitlements(decisions: readonly Decision[]): EntitlementDecision[] {
  return decisions.filter((d): d is EntitlementDecision => d.kind === 'entitlement')
}

/** The obligations among decisions, of one state when asked. */
export function obligations(
  decisions: readonly Decision[],
  state?: ObligationDecision['state'],
): ObligationDecision[] {
  return decisions.filter(
    (d): d is ObligationDecision =>
      d.kind === 'obligation' && (state === undefined || d.state === state),
  )
}

/** Whether the decisions grant `benefit` and bar it nowhere: a bar always wins (JR-01, JR-08). */
export function isEntitled(decisions: readonly Decision[], benefit: string): boolean {
  let granted = false
  for (const d of decisions) {
    if (d.kind !== 'entitlement' || d.benefit !== benefit) continue
    if (d.effect === 'bar') return false
    granted = true
  }
  return granted
}
