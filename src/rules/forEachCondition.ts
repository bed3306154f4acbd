import type { Condition } from './condition'

/** Calls `visit` on a condition and every condition inside it, depth first, with its path. */
export function forEachCondition(
  condition: Condition,
  path: readonly (string | number)[],
  visit: (condition: Condition, path: readonly (string | number)[]) => void,
): void {
  visit(condition, path)
  if (condition.kind === 'all' || condition.kind === 'any') {
    condition.of.forEach((child, index) => {
      forEachCondition(child, [...path, 'of', index], visit)
    })
  } else if (condition.kind === 'not') forEachCondition(condition.of, [...path, 'of'], visit)
}
