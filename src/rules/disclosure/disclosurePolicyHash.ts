import { contentHash } from '../../events'
import type { DisclosurePolicy } from './disclosurePolicy'

/**
 * The content hash of a policy, SHA-256 of its canonical JSON in lower-case hex: what a
 * PublicationEnded entry and a public report cite, so the policy can be found and checked.
 */
export function disclosurePolicyHash(policy: DisclosurePolicy): string {
  return contentHash(policy)
}
