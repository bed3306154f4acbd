import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import { type Rule, rule } from '../../src/rules/rule'
import { when } from '../../src/rules/when'
import { SL01 } from './nationalRules'

// `rule` checks zod's copy of what it is given; what it returns must be that copy, not another
// reading of the object given.
describe('rule returns what it checked', () => {
  it('keeps the id it checked when the object given reads differently the second time', () => {
    let reads = 0
    const given = { ...SL01 }
    Object.defineProperty(given, 'id', {
      enumerable: true,
      get: () => (reads++ === 0 ? 'SL-01' : 42),
    })
    expect(rule(given).id).toBe('SL-01')
  })

  it('keeps a field the object holds on its prototype, which a structured clone drops', () => {
    class Definition {
      get when(): Rule['when'] {
        return SL01.when
      }
    }
    const { when: _, ...rest } = SL01
    const given = Object.assign(new Definition(), rest) as unknown as Rule
    expect(rule(given).when).toEqual(SL01.when)
  })

  it('answers a proxy over a rule with the rule, never a DataCloneError', () => {
    let made: unknown
    try {
      made = rule(new Proxy({ ...SL01 }, {}))
    } catch (error) {
      made = error
    }
    expect(isLedgerError(made)).toBe(false)
    expect(made).toEqual(SL01)
    expect(Object.isFrozen((made as Rule).when)).toBe(true)
  })
})

describe('rule: a grade condition tests one window', () => {
  it('refuses reEvaluation beside expiresWithin, naming the field', () => {
    try {
      rule({ ...SL01, when: when.grade({ reEvaluation: true, expiresWithin: { years: 2 } }) })
      throw new Error('accepted')
    } catch (error) {
      expect(isLedgerError(error) && error.message).toMatch(/reEvaluation/)
    }
  })
})
