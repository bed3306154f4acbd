import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { canonicalJson, parseEntryData } from '../../src/events'
import { evaluate } from '../../src/rules/evaluate'
import { addDaysIso } from '../../src/time'
import { entryHistory } from '../credit-file/arbitraries'
import { everyKindRules } from './everyKind'
import { examplePolicy } from './fixtures'

const policy = examplePolicy(everyKindRules)
const day = fc.integer({ min: 0, max: 365 * 14 }).map((n) => addDaysIso('2015-06-01', n))

describe('evaluate', () => {
  it('gives the same decisions, byte for byte, for the same file, date and policy', () => {
    fc.assert(
      fc.property(entryHistory(30), day, (entries, at) => {
        const file = creditFileOf(entries, { asOf: at })
        const again = creditFileOf([...entries].reverse(), { asOf: at })
        expect(canonicalJson(evaluate(policy, again, { at }))).toBe(
          canonicalJson(evaluate(policy, file, { at })),
        )
      }),
      { numRuns: 150 },
    )
  })

  it('proposes only entries whose payload passes their type’s schema, citing the policy hash', () => {
    fc.assert(
      fc.property(entryHistory(30), day, (entries, at) => {
        const decisions = evaluate(policy, creditFileOf(entries, { asOf: at }), { at })
        for (const decision of decisions) {
          expect(decision.policy).toBe(policy.hash)
          expect([...decision.inputs]).toEqual([...new Set(decision.inputs)].sort((a, b) => a - b))
          if (decision.kind !== 'proposal') continue
          const { entry } = decision
          expect(
            parseEntryData(entry.type, 1, entry.data).success || entry.type === 'EvaluationGraded',
          ).toBe(true)
          expect(entry.cause).toEqual({
            inputs: decision.inputs,
            policy: policy.hash,
            rule: decision.rule,
          })
          expect(entry.effectiveAt <= at).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('sorts decisions by rule id, then kind', () => {
    fc.assert(
      fc.property(entryHistory(30), day, (entries, at) => {
        const decisions = evaluate(policy, creditFileOf(entries, { asOf: at }), { at })
        const keys = decisions.map((d) => `${d.rule}\u0000${d.kind}`)
        expect(keys).toEqual([...keys].sort())
      }),
      { numRuns: 100 },
    )
  })
})
