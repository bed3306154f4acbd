import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { nationalDisclosurePolicy, obligations } from '../../src/disclosure'
import { cnPolicy } from '../../src/policies'
import { evaluate } from '../../src/rules'
import { addDaysIso } from '../../src/time'
import { entryHistory } from '../credit-file/arbitraries'

// From the day the social-group rule AI-01 is in force (the histories register a social group).
const day = fc.integer({ min: 0, max: 365 * 10 }).map((n) => addDaysIso('2016-02-06', n))
const AS_RULES_SAY = { due: 'due', overdue: 'overdue', done: 'done', done_late: 'done' } as const

describe('the national disclosure obligations and the national rules', () => {
  it('agree on last year’s annual report, and the abnormal list is proposed only for an overdue one', () => {
    fc.assert(
      fc.property(entryHistory(30), day, (entries, at) => {
        const file = creditFileOf(entries, { asOf: at })
        if (file.status !== 'active') return
        const decisions = evaluate(cnPolicy, file, { at })
        const duties = obligations(nationalDisclosurePolicy, file, { at })
        const lastYear = Number(at.slice(0, 4)) - 1
        const duty = duties.find((d) => d.id === `annual_report:${lastYear}`)
        const ruled = decisions.find((d) => d.kind === 'obligation' && d.rule.startsWith('AI-0'))
        expect(ruled?.kind === 'obligation' ? ruled.state : undefined).toBe(
          duty === undefined ? undefined : AS_RULES_SAY[duty.status],
        )
        if (decisions.some((d) => d.rule === 'AB-01')) {
          expect(duties.some((d) => d.kind === 'annual_report' && d.status === 'overdue')).toBe(
            true,
          )
        }
      }),
      { numRuns: 400 },
    )
  })
})
