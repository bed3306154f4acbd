import { creditFileOf } from '../../src/credit-file'
import type { Entry } from '../../src/events'
import type { Decision } from '../../src/rules/decision'
import { evaluate } from '../../src/rules/evaluate'
import type { Policy } from '../../src/rules/policy'
import { examplePolicy } from './fixtures'

const national = examplePolicy()

/** The decisions of `rule` about the history, read as of and evaluated at `day`. */
export function decisionsAt(
  entries: readonly Entry[],
  day: string,
  rule?: string,
  policy: Policy = national,
): Decision[] {
  const all = evaluate(policy, creditFileOf(entries, { asOf: day }), { at: day })
  return rule === undefined ? [...all] : all.filter((decision) => decision.rule === rule)
}
