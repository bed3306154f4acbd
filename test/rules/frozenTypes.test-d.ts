import { describe, it } from 'vitest'
import type { Condition, Effect, LocalText, Rule } from '../../src/rules'

// Rules are frozen data: their types say so all the way down, so an assignment into one fails
// to compile instead of throwing at run time.
describe('the rule language’s types', () => {
  it('are read-only all the way down', () => {
    const change = (rule: Rule, condition: Condition, effect: Effect, text: LocalText) => {
      // @ts-expect-error a rule's id is read-only
      rule.id = 'x'
      // @ts-expect-error so is its source, inside it
      rule.source.instrument = 'x'
      // @ts-expect-error and its effects list
      rule.then.push(effect)
      // @ts-expect-error and a condition's fields
      condition.kind = 'status'
      // @ts-expect-error and a phrase
      text.zh = 'x'
    }
    void change
  })
})
