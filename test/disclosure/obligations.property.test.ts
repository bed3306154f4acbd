import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { obligations } from '../../src/disclosure'
import type { Entry } from '../../src/events'
import { cnPolicy, cnPolicyWith } from '../../src/policies'
import { evaluate } from '../../src/rules'
import { addDaysIso } from '../../src/time'
import { entryHistory } from '../credit-file/arbitraries'

// From the day the social-group rule AI-01 is in force, the latest of the AI rules to start.
const day = fc.integer({ min: 0, max: 365 * 10 }).map((n) => addDaysIso('2016-02-06', n))
const KINDS = ['social_group', 'social_service_organization', 'foundation'] as const
const CATEGORIES = ['public_fundraising', 'project', 'financial_report'] as const

/**
 * A random history re-registered as another kind on another day of 2015-2016, a charity or
 * not, with its disclosures turned into campaigns and projects of random periods.
 */
const history = fc
  .tuple(
    entryHistory(30),
    fc.constantFrom(...KINDS),
    fc.integer({ min: 0, max: 700 }),
    fc.boolean(),
    fc.array(
      fc.tuple(fc.nat(2), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 900 })),
    ),
  )
  .map(([entries, kind, offset, charity, campaigns]) => {
    const [registration, ...rest] = entries
    if (registration === undefined) return entries
    const founded = addDaysIso('2015-01-01', offset)
    const data = { ...(registration.data as object), kind, charity }
    let n = 0
    const changed = rest.map((entry) => {
      if (entry.type !== 'DisclosurePublished') return entry
      const [category, start, length] = campaigns[n++ % Math.max(campaigns.length, 1)] ?? [2, 0, 0]
      const from = addDaysIso('2015-06-01', start)
      const period = length % 3 === 0 ? {} : { period: { from, to: addDaysIso(from, length) } }
      const { period: _, ...other } = entry.data as { period?: unknown }
      return {
        ...entry,
        data: { ...other, category: CATEGORIES[category], ...period },
      } as Entry
    })
    return [{ ...registration, effectiveAt: founded, data } as Entry, ...changed]
  })

// The kind of duty each duty name the recurring duties give is, as obligations names it.
const KIND_OF: Readonly<Record<string, string>> = {
  file_annual_report: 'annual_report',
  file_audit_report: 'audit',
  disclose_fundraising_progress: 'fundraising_progress',
  disclose_fundraising_completion: 'fundraising_completion',
  answer_objection: 'objection_answer',
  file_fundraising_plan: 'fundraising_plan_filing',
  publish_fundraising_plan: 'fundraising_plan_publication',
  correct_fundraising_plan: 'fundraising_plan_correction',
  disclose_emergency_receipts: 'emergency_receipts',
}

const policies = [
  ['the national pack', cnPolicy],
  [
    'the national pack with the 20-day answer',
    cnPolicyWith({ objectionAnswerWithin: { days: 20 } }),
  ],
] as const

describe('obligations', () => {
  it.each(policies)(
    'lists as due or overdue exactly the duties evaluate decides, and the latest of each as it stands (%s)',
    (_, policy) => {
      fc.assert(
        fc.property(history, day, (entries, at) => {
          const file = creditFileOf(entries, { asOf: at })
          const decisions = evaluate(policy, file, { at })
          const duties = obligations(policy, file, { at })
          const ruled = decisions.flatMap((d) =>
            d.kind === 'obligation' && d.instance !== undefined
              ? [
                  {
                    id: `${KIND_OF[d.duty]}:${d.instance.key}`,
                    rule: d.rule,
                    due: d.due,
                    state: d.state,
                  },
                ]
              : [],
          )
          const owed = (list: readonly { id: string; rule: string }[]) =>
            list.map((d) => `${d.rule} ${d.id}`).sort()
          expect(
            owed(
              duties
                .filter((d) => d.status === 'due' || d.status === 'overdue')
                .map((d) => ({ id: d.id, rule: d.source.id ?? '' })),
            ),
          ).toEqual(owed(ruled.filter((d) => d.state !== 'done')))
          for (const decision of ruled) {
            const duty = duties.find((d) => d.id === decision.id && d.source.id === decision.rule)
            expect(duty?.dueOn).toBe(decision.due)
            const status = duty?.status === 'done_late' ? 'done' : duty?.status
            expect(status).toBe(decision.state)
          }
          if (decisions.some((d) => d.rule === 'AB-01')) {
            expect(duties.some((d) => d.kind === 'annual_report' && d.status === 'overdue')).toBe(
              true,
            )
          }
        }),
        { numRuns: 300 },
      )
    },
  )
})
