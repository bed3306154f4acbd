import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { isLedgerError } from '../../src/errors'
import { evaluate } from '../../src/rules/evaluate'
import { render } from '../../src/rules/render'
import { addDaysIso } from '../../src/time'
import { entryHistory } from '../credit-file/arbitraries'
import { at, history } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'
import { everyKindRules } from './everyKind'
import { examplePolicy } from './fixtures'

const policy = examplePolicy(everyKindRules)
const day = fc.integer({ min: 0, max: 365 * 14 }).map((n) => addDaysIso('2015-06-01', n))

describe('render', () => {
  it("says the same in 'zh' as in 'zh-CN', and never so in 'en'", () => {
    fc.assert(
      fc.property(entryHistory(30), day, (entries, on) => {
        const file = creditFileOf(entries, { asOf: on })
        for (const decision of evaluate(policy, file, { at: on })) {
          const chinese = render(decision, 'zh-CN')
          expect(render(decision, 'zh')).toBe(chinese)
          expect(render(decision, 'en')).not.toBe(chinese)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('refuses any other language with a coded unknown_language issue', () => {
    const [decision] = decisionsAt(
      history(at('2019-03-01', 'OrganizationRegistered')),
      '2024-06-01',
    )
    expect(decision).toBeDefined()
    fc.assert(
      fc.property(
        fc.anything().filter((value) => value !== 'zh' && value !== 'zh-CN' && value !== 'en'),
        (language) => {
          try {
            render(decision as never, language as never)
            expect.unreachable()
          } catch (error) {
            expect(isLedgerError(error) && error.code).toBe('INVALID_INPUT')
            expect(isLedgerError(error) && error.issues[0]).toMatchObject({
              code: 'unknown_language',
              path: ['language'],
            })
          }
        },
      ),
      { numRuns: 100 },
    )
  })
})
