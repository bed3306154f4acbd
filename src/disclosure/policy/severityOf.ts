import type { Entry } from '../../events'
import type { DisclosurePolicy, Severity } from '../../rules'

/**
 * How grave a negative entry is under the policy's severity data: serious for the types it
 * names (the serious list, revocation, a ban, a court's debtor list) and for penalties with a
 * serious sanction or a fine of at least `seriousFineFrom` yuan (SL-03, SL-04, SL-07);
 * general otherwise.
 */
export function severityOf(policy: DisclosurePolicy, entry: Entry): Severity {
  const { seriousTypes, seriousSanctions, seriousFineFrom } = policy.severity
  if (seriousTypes.includes(entry.type)) return 'serious'
  if (entry.type !== 'PenaltyImposed') return 'general'
  const serious = entry.data.sanctions.some(
    (sanction) =>
      seriousSanctions.includes(sanction.kind) ||
      (sanction.kind === 'fine' && sanction.amount >= seriousFineFrom),
  )
  return serious ? 'serious' : 'general'
}
