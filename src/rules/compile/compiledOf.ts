import { policyFromJson } from '../definePolicy'
import type { Policy } from '../policy'
import { recall, remember } from './compiled'
import type { CompiledPolicy } from './compilePolicy'

/**
 * The compiled form of a policy. A policy object that did not come from `definePolicy` (a copy,
 * a structured clone) is checked and compiled once, and its stated hash must match.
 */
export function compiledOf(policy: Policy): CompiledPolicy {
  const known = recall(policy)
  if (known !== undefined) return known
  const checked = policyFromJson(policy)
  const form = recall(checked) as CompiledPolicy
  remember(policy, form)
  return form
}
