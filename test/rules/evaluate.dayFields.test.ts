import { describe, expect, it } from 'vitest'
import { type EntryFilter, effects, entries, type Rule, rule, when, where } from '../../src/rules'
import type { ObligationDecision } from '../../src/rules/decision'
import { dueRuleSchema } from '../../src/rules/effects/dueRule'
import { at, history } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'
import { examplePolicy } from './fixtures'

const SOURCE = { instrument: '测试规则', confidence: 'R' } as const
const DEPARTMENTS: ('finance' | 'tax' | 'civil_affairs')[] = ['finance', 'tax', 'civil_affairs']
const registered = at('2015-03-01', 'OrganizationRegistered')
// Confirmed on 2025-11-20 for a period that begins on 2026-01-01.
const confirmed = at('2025-11-20', 'DonationDeductionQualificationGranted', {
  data: { validFrom: '2026-01-01', validTo: '2028-06-30', departments: DEPARTMENTS },
})

function policyOf(...rules: Rule[]) {
  return examplePolicy(rules)
}

const counting = (filter: EntryFilter) =>
  policyOf(
    rule({
      id: 'X-1',
      title: { zh: '计数', en: 'count' },
      source: SOURCE,
      effective: { from: '2015-01-01' },
      when: when.count(filter),
      then: [effects.oblige('disclose', 'organization', { due: { from: 'first' } })],
    }),
  )

const obligations = (policy: ReturnType<typeof policyOf>, day: string) =>
  decisionsAt(history(registered, confirmed), day, undefined, policy) as ObligationDecision[]

describe('an entry filter counting items from a field of theirs (countsFrom)', () => {
  it('counts a qualification from the day it was confirmed, its period not begun', () => {
    const policy = counting(entries.donationDeduction({ countsFrom: 'on' }))
    expect(obligations(policy, '2025-11-19')).toEqual([])
    expect(obligations(policy, '2025-12-01')).toMatchObject([{ due: '2025-11-20' }])
  })

  it('counts it from its first valid day by default (near miss)', () => {
    const policy = counting(entries.donationDeduction())
    expect(obligations(policy, '2025-12-01')).toEqual([])
    expect(obligations(policy, '2026-01-01')).toMatchObject([{ due: '2026-01-01' }])
  })

  it('refuses a field the section’s items lack', () => {
    expect(() => counting(entries.donationDeduction({ countsFrom: 'endsOn' }))).toThrow(/endsOn/)
  })
})

describe('a field condition whose fact reads another day of the item (dates)', () => {
  const ending = (dates?: string) =>
    policyOf(
      rule({
        id: 'X-2',
        title: { zh: '字段', en: 'field' },
        source: SOURCE,
        effective: { from: '2015-01-01' },
        when: when.field(entries.donationDeduction(), where.exists('validTo'), undefined, dates),
        then: [
          effects.oblige('disclose', 'organization', {
            opens: { from: 'on', period: { years: 1 }, ending: true },
            due: { from: 'on' },
          }),
        ],
      }),
    )

  it('gives the item’s validTo as the fact on, and opens a year before it, plus a day', () => {
    expect(obligations(ending('validTo'), '2026-02-01')).toMatchObject([
      { due: '2028-06-30', opensOn: '2027-07-01' },
    ])
  })

  it('gives the item’s own day without dates (near miss)', () => {
    expect(obligations(ending(), '2026-02-01')).toMatchObject([
      { due: '2026-01-01', opensOn: '2025-01-02' },
    ])
  })

  it('refuses a field the section’s items lack', () => {
    expect(() => ending('endsOn')).toThrow(/endsOn/)
  })
})

describe('a due rule counting a period back (ending)', () => {
  it('needs the period it counts back', () => {
    expect(dueRuleSchema.safeParse({ from: 'on', ending: true }).success).toBe(false)
    expect(
      dueRuleSchema.safeParse({ from: 'on', period: { years: 1 }, ending: true }).success,
    ).toBe(true)
  })
})
