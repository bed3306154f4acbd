import type { CreditFile } from '../../credit-file'
import type { Decision } from '../decision'
import type { CompiledPolicy } from './compilePolicy'
import { earlier, yearOf } from './dates'
import { decide } from './decide'
import type { Context } from './outcome'
import { readerOf } from './sections'

/** What a policy decides on a date, and the earliest later day on which that may change. */
export interface Run {
  readonly decisions: Decision[]
  readonly next: string | null
}

/**
 * Runs every rule in force on `at` that applies to the file's kind of organization. A rule
 * whose condition fails may change only when the condition's value can flip; one that holds,
 * whenever anything it rests on can change, or an obligation it sets falls overdue.
 */
export function run(policy: CompiledPolicy, file: CreditFile, at: string): Run {
  const context: Context = { file, at, year: yearOf(at), kind: file.identity.kind }
  const decisions: Decision[] = []
  let next: string | null = null
  for (const rule of policy.rules) {
    if (rule.from > at) {
      next = earlier(next, rule.from)
      continue
    }
    if (rule.to !== null && rule.to <= at) continue
    next = earlier(next, rule.to)
    if (rule.kinds !== null && (context.kind === null || !rule.kinds.has(context.kind))) continue
    if (rule.requires.some((section) => readerOf(section).items(file).length === 0)) continue
    const found = rule.node.evaluate(context)
    if (!found.value) {
      next = earlier(next, found.flipsOn)
      continue
    }
    const made = decide(rule, found, context, policy)
    for (const decision of made.decisions) decisions.push(decision)
    next = earlier(earlier(next, found.changesOn), made.next)
  }
  return { decisions, next }
}
