import type { Issue } from '../errors'
import type { ConditionKind, ConditionOf } from './condition'
import { conditionKinds } from './conditions/conditionKinds'
import type { Path } from './conditions/conditionModule'
import type { EffectKind, EffectOf } from './effect'
import { effectKinds } from './effects/effectKinds'
import { forEachCondition } from './forEachCondition'
import type { Rule } from './rule'

/**
 * What a rule's shape cannot say, each kind's module checking its own: reasons of the right
 * list, known fields, facts the condition reports, valid payloads.
 */
export function ruleIssues(rule: Rule): Issue[] {
  const issues: Issue[] = []
  const facts = new Set(['since', 'at'])
  forEachCondition(rule.when, ['when'], (condition, path) => {
    for (const fact of conditionKinds[condition.kind].facts) facts.add(fact)
    issues.push(...conditionIssues(condition.kind, condition, path))
  })
  rule.then.forEach((effect, index) => {
    issues.push(...effectIssues(effect.kind, effect, ['then', index], facts))
  })
  return issues
}

function conditionIssues<K extends ConditionKind>(
  kind: K,
  condition: ConditionOf<K>,
  path: Path,
): Issue[] {
  return conditionKinds[kind].check(condition, path)
}

function effectIssues<K extends EffectKind>(
  kind: K,
  effect: EffectOf<K>,
  path: Path,
  facts: ReadonlySet<string>,
): Issue[] {
  return effectKinds[kind].check(effect, path, facts)
}
