import type { Condition, ConditionKind, ConditionOf } from './condition'
import { conditionKinds } from './conditions/conditionKinds'
import type { InnerCondition } from './conditions/conditionModule'

/** Calls `visit` on a condition and every condition inside it, depth first, with its path. */
export function forEachCondition(
  condition: Condition,
  path: readonly (string | number)[],
  visit: (condition: Condition, path: readonly (string | number)[]) => void,
): void {
  visit(condition, path)
  for (const inner of innerOf(condition.kind, condition)) {
    forEachCondition(inner.condition, [...path, ...inner.path], visit)
  }
}

function innerOf<K extends ConditionKind>(
  kind: K,
  condition: ConditionOf<K>,
): readonly InnerCondition[] {
  return conditionKinds[kind].inner(condition)
}
