import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { nationalDisclosurePolicy, obligations } from '../../src/disclosure'
import type { Entry } from '../../src/events'
import { cnPolicy } from '../../src/policies'
import { evaluate } from '../../src/rules'
import { addDaysIso } from '../../src/time'
import { entryHistory } from '../credit-file/arbitraries'

// From the day the social-group rule AI-01 is in force, the latest of the AI rules to start.
const day = fc.integer({ min: 0, max: 365 * 10 }).map((n) => addDaysIso('2016-02-06', n))
const KINDS = ['social_group', 'social_service_organization', 'foundation'] as const
/** The annual report duties of social groups, social service organizations and foundations. */
const REPORT_RULES = new Set(['AI-01', 'AI-02', 'AI-03'])

/** A random history re-registered as another kind on another day of 2015-2016. */
const history = fc
  .tuple(entryHistory(30), fc.constantFrom(...KINDS), fc.integer({ min: 0, max: 700 }))
  .map(([entries, kind, offset]) => {
    const [registration, ...rest] = entries
    if (registration === undefined) return entries
    const founded = addDaysIso('2015-01-01', offset)
    const data = { ...(registration.data as object), kind }
    return [{ ...registration, effectiveAt: founded, data } as Entry, ...rest]
  })
const AS_RULES_SAY = { due: 'due', overdue: 'overdue', done: 'done', done_late: 'done' } as const

describe('the national disclosure obligations and the national rules', () => {
  it('agree on last year’s annual report for every kind and founding day, and list only for an overdue one', () => {
    fc.assert(
      fc.property(history, day, (entries, at) => {
        const file = creditFileOf(entries, { asOf: at })
        if (file.status !== 'active') return
        const decisions = evaluate(cnPolicy, file, { at })
        const duties = obligations(nationalDisclosurePolicy, file, { at })
        const lastYear = Number(at.slice(0, 4)) - 1
        const duty = duties.find((d) => d.id === `annual_report:${lastYear}`)
        const ruled = decisions.find((d) => d.kind === 'obligation' && REPORT_RULES.has(d.rule))
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
