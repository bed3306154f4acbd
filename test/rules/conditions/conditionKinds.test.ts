import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file'
import { compiledOf } from '../../../src/rules/compile/compiledOf'
import type { Outcome } from '../../../src/rules/compile/outcome'
import { conditionSchema } from '../../../src/rules/conditionSchema'
import { conditionKinds } from '../../../src/rules/conditions/conditionKinds'
import { forEachCondition } from '../../../src/rules/forEachCondition'
import { addDaysIso } from '../../../src/time'
import { entryHistory } from '../../credit-file/arbitraries'
import { everyKindRules } from '../everyKind'
import { examplePolicy } from '../fixtures'

const day = fc.integer({ min: 0, max: 365 * 14 }).map((n) => addDaysIso('2015-06-01', n))

function holding(found: Outcome, seen: Outcome[] = []): Outcome[] {
  if (found.value) seen.push(found)
  for (const inner of found.children) holding(inner, seen)
  return seen
}

describe('conditionKinds', () => {
  it('has a module for every kind the condition schema reads, and for no other', () => {
    const read = [...(conditionSchema._zod.propValues.kind ?? [])].map(String)
    expect(Object.keys(conditionKinds).sort()).toEqual(read.sort())
  })

  it('is used whole by the rules the property tests run', () => {
    const used = new Set<string>()
    for (const rule of everyKindRules) {
      forEachCondition(rule.when, [], (condition) => used.add(condition.kind))
    }
    expect([...used].sort()).toEqual(Object.keys(conditionKinds).sort())
  })

  it('names the facts a holding condition reports, for obligations to count from', () => {
    const rules = compiledOf(examplePolicy(everyKindRules)).rules
    fc.assert(
      fc.property(entryHistory(30), day, (entries, at) => {
        const file = creditFileOf(entries, { asOf: at })
        const context = { file, at, year: Number(at.slice(0, 4)), kind: file.identity.kind }
        for (const rule of rules) {
          for (const found of holding(rule.node.evaluate(context))) {
            expect(Object.keys(found.facts).sort()).toEqual(
              [...conditionKinds[found.node.kind].facts].sort(),
            )
          }
        }
      }),
      { numRuns: 100 },
    )
  })
})
