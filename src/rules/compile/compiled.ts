import type { Policy } from '../policy'
import type { CompiledPolicy } from './compilePolicy'

const compiled = new WeakMap<Policy, CompiledPolicy>()

/** Keeps the compiled form of a policy `definePolicy` made. */
export function remember(policy: Policy, form: CompiledPolicy): void {
  compiled.set(policy, form)
}

/** The compiled form of a policy, if `definePolicy` or `policyFromJson` made this very object. */
export function recall(policy: Policy): CompiledPolicy | undefined {
  return compiled.get(policy)
}
