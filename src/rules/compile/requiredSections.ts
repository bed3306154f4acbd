import type { Condition, ConditionKind, ConditionOf } from '../condition'
import { conditionKinds } from '../conditions/conditionKinds'
import type { FilterSection } from '../entryFilter'

/**
 * The sections of a credit file that must hold at least one item for the condition to hold:
 * a count of at least one item, a field of the latest item, a list stay, an open rectification
 * order. While one of them is empty the condition is false, and it stays false until an entry
 * adds an item (which a sweep notices as a new or newly effective entry), so a rule can be
 * skipped without evaluating it and without losing a change day.
 */
export function requiredSections(condition: Condition): ReadonlySet<FilterSection> {
  return requiredBy(condition.kind, condition)
}

function requiredBy<K extends ConditionKind>(
  kind: K,
  condition: ConditionOf<K>,
): ReadonlySet<FilterSection> {
  return conditionKinds[kind].requires(condition, requiredSections)
}
