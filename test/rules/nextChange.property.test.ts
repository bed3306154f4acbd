import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { evaluate } from '../../src/rules/evaluate'
import { nextChange } from '../../src/rules/nextChange'
import { sameDecisions } from '../../src/rules/sameDecisions'
import { addDaysIso, compareIso } from '../../src/time'
import { entryHistory } from '../credit-file/arbitraries'
import { everyKindRules } from './everyKind'
import { examplePolicy } from './fixtures'

const YEARLY = new Set(['AI-01', 'AB-01', 'AB-10', 'X-YEARS', 'X-INSPECT', 'X-GOOD', 'X-REPORTS'])
const policies = [
  ['every kind of rule', examplePolicy(everyKindRules)],
  ['no yearly rules', examplePolicy(everyKindRules.filter((r) => !YEARLY.has(r.id)))],
] as const
const day = fc.integer({ min: 0, max: 365 * 14 }).map((n) => addDaysIso('2015-06-01', n))

describe('nextChange', () => {
  it.each(policies)(
    'names a day on which the decisions differ, and before which every day decides as the first (%s)',
    (_, policy) => {
      fc.assert(
        fc.property(
          entryHistory(30),
          day,
          fc.double({ min: 0, max: 1, noNaN: true }),
          (entries, from, where) => {
            const file = creditFileOf(entries, { asOf: from })
            const before = evaluate(policy, file, { at: from })
            const next = nextChange(policy, file, { from })
            if (next === null) return
            expect(compareIso(next, from)).toBe(1)
            const last = addDaysIso(next, -1)
            expect(sameDecisions(evaluate(policy, file, { at: last }), before)).toBe(true)
            const span = Math.floor((where * (Date.parse(last) - Date.parse(from))) / 86_400_000)
            const between = addDaysIso(from, span)
            expect(sameDecisions(evaluate(policy, file, { at: between }), before)).toBe(true)
            expect(sameDecisions(evaluate(policy, file, { at: next }), before)).toBe(false)
          },
        ),
        { numRuns: 120 },
      )
    },
  )
})
