import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { canonicalJson, type Entry } from '../../src/events'
import { cnPolicy } from '../../src/policies'
import { compiledOf } from '../../src/rules/compile/compiledOf'
import type { CompiledPolicy } from '../../src/rules/compile/compilePolicy'
import { run } from '../../src/rules/compile/run'
import { addDaysIso } from '../../src/time'
import { entryHistory } from '../credit-file/arbitraries'
import { everyKindRules } from './everyKind'
import { examplePolicy } from './fixtures'

const day = fc.integer({ min: 0, max: 365 * 14 }).map((n) => addDaysIso('2015-06-01', n))
const KINDS = ['social_group', 'social_service_organization', 'foundation'] as const

/** A random history registered as any kind, so that every rule's kinds are exercised. */
const history = fc
  .tuple(entryHistory(30), fc.constantFrom(...KINDS))
  .map(([entries, kind]) =>
    entries.map((entry, index) =>
      index === 0 ? ({ ...entry, data: { ...(entry.data as object), kind } } as Entry) : entry,
    ),
  )

/** The same compiled policy with nothing to skip on: every rule is evaluated. */
function unpruned(compiled: CompiledPolicy): CompiledPolicy {
  return { ...compiled, rules: compiled.rules.map((rule) => ({ ...rule, requires: [] })) }
}

describe.each([
  ['the national pack', cnPolicy],
  ['rules of every condition kind', examplePolicy(everyKindRules)],
])('skipping rules whose required sections are empty, for %s', (_, policy) => {
  const compiled = compiledOf(policy)
  const everything = unpruned(compiled)

  it('decides the same and names the same next change as evaluating every rule', () => {
    expect(compiled.rules.some((rule) => rule.requires.length > 0)).toBe(true)
    fc.assert(
      fc.property(history, day, (entries, at) => {
        const file = creditFileOf(entries, { asOf: at })
        expect(canonicalJson(run(compiled, file, at))).toBe(
          canonicalJson(run(everything, file, at)),
        )
      }),
      { numRuns: 300 },
    )
  })
})
