import type { HostEntryType } from '../../events'
import type { DisclosurePolicy, VisibilityRule } from '../../rules'

/**
 * `policy` with a rule for each host type it does not name, showing or keeping back the
 * type's entries as the type declares (`visibility` in `defineEntryType`). A ledger with host
 * types reports under `disclosingHostTypes(nationalDisclosurePolicy, ledger.entryTypes.hostTypes)`
 * unless given a policy; a reader verifying such a report against a policy passes the same.
 *
 * @example
 * const policy = disclosingHostTypes(nationalDisclosurePolicy, ledger.entryTypes.hostTypes)
 * verifyReport(report, { publicKey, policy })
 */
export function disclosingHostTypes(
  policy: DisclosurePolicy,
  hostTypes: readonly HostEntryType[],
): DisclosurePolicy {
  const named = policy.visibility.types as Readonly<Record<string, VisibilityRule | undefined>>
  const added = hostTypes.filter((type) => named[type.type] === undefined)
  if (added.length === 0) return policy
  const types: Record<string, VisibilityRule> = { ...(named as Record<string, VisibilityRule>) }
  for (const type of added) types[type.type] = { entry: type.visibility }
  return { ...policy, visibility: { ...policy.visibility, types } }
}
