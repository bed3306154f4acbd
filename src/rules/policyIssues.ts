import type { Issue } from '../errors'
import type { ConditionKind, ConditionOf } from './condition'
import { conditionKinds } from './conditions/conditionKinds'
import type { Path } from './conditions/conditionModule'
import type { EffectKind, EffectOf } from './effect'
import { effectKinds } from './effects/effectKinds'
import { forEachCondition } from './forEachCondition'
import type { PolicyDocument } from './policy'
import { ruleIssues } from './ruleIssues'

/**
 * What a policy's shape cannot say: each rule's own issues, what each condition and effect
 * needs from the policy (a due day for annual reports, a calendar for working days), and
 * versions of one rule id that overlap in time.
 */
export function policyIssues(policy: PolicyDocument): Issue[] {
  const issues: Issue[] = []
  const versions = new Map<string, number[]>()
  policy.rules.forEach((rule, index) => {
    const at = ['rules', index]
    for (const issue of ruleIssues(rule)) issues.push({ ...issue, path: [...at, ...issue.path] })
    versions.set(rule.id, [...(versions.get(rule.id) ?? []), index])
    forEachCondition(rule.when, [...at, 'when'], (condition, path) => {
      issues.push(...conditionIssues(condition.kind, condition, path, policy))
    })
    rule.then.forEach((effect, e) => {
      issues.push(...effectIssues(effect.kind, effect, [...at, 'then', e], policy))
    })
  })
  for (const [id, indexes] of versions) {
    const sorted = [...indexes].sort((a, b) => {
      const x = policy.rules[a]?.effective.from ?? ''
      const y = policy.rules[b]?.effective.from ?? ''
      return x < y ? -1 : x > y ? 1 : a - b
    })
    for (let i = 1; i < sorted.length; i++) {
      const before = policy.rules[sorted[i - 1] as number]?.effective
      const after = policy.rules[sorted[i] as number]?.effective
      if (before === undefined || after === undefined) continue
      if (before.to === undefined || before.to > after.from) {
        issues.push({
          code: 'overlapping_versions',
          path: ['rules', sorted[i] as number, 'effective', 'from'],
          message: `rule ${id} is already in force on ${after.from} in the version from ${before.from}`,
        })
      }
    }
  }
  return issues
}

function conditionIssues<K extends ConditionKind>(
  kind: K,
  condition: ConditionOf<K>,
  path: Path,
  policy: PolicyDocument,
): Issue[] {
  return conditionKinds[kind].checkInPolicy(condition, path, policy)
}

function effectIssues<K extends EffectKind>(
  kind: K,
  effect: EffectOf<K>,
  path: Path,
  policy: PolicyDocument,
): Issue[] {
  return effectKinds[kind].checkInPolicy(effect, path, policy)
}
