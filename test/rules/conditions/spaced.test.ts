import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conditionSchema } from '../../../src/rules/conditionSchema'
import { effects } from '../../../src/rules/effects'
import { rule } from '../../../src/rules/rule'
import { when } from '../../../src/rules/when'
import { entries, where } from '../../../src/rules/where'
import { addDaysIso, addPeriod } from '../../../src/time'
import { at, history } from '../../credit-file/history'
import { decisionsAt } from '../decisionsAt'
import { examplePolicy } from '../fixtures'

const registered = at('2018-03-01', 'OrganizationRegistered')
const letter = (on: string) => at(on, 'NoticeServed')
const letters = entries.noticesServed({ standing: true })
const policy = (atMost?: { days: number }) =>
  examplePolicy([
    rule({
      id: 'X-SPACED',
      title: { zh: '两次', en: 'two letters apart' },
      source: { instrument: '测试规则', confidence: 'R' },
      effective: { from: '2016-01-01' },
      when: when.spaced(letters, { days: 20 }, atMost),
      then: [effects.list('abnormal', 'unreachable', { mode: 'automatic' })],
    }),
  ])
const decided = (steps: ReturnType<typeof at>[], day: string, atMost?: { days: number }) =>
  decisionsAt(history(registered, ...steps), day, 'X-SPACED', policy(atMost ?? { days: 60 }))

describe('spaced', () => {
  it('holds on the day the second item lies the least interval after the first', () => {
    const steps = [letter('2024-03-01'), letter('2024-03-21')]
    expect(decided(steps, '2024-03-21')).toMatchObject([{ inputs: [1, 2] }])
    expect(decided(steps, '2024-03-20')).toEqual([])
  })

  it('does not hold for two items a day too close together', () => {
    expect(decided([letter('2024-03-01'), letter('2024-03-20')], '2024-06-01')).toEqual([])
  })

  it('does not hold for two items a day too far apart, and holds without a ceiling', () => {
    const steps = [letter('2024-03-01'), letter('2024-05-01')]
    expect(decided(steps, '2024-06-01')).toEqual([])
    const open = examplePolicy(
      policy().rules.map((r) => ({ ...r, when: when.spaced(letters, { days: 20 }) })),
    )
    expect(decisionsAt(history(registered, ...steps), '2024-06-01', 'X-SPACED', open)).toHaveLength(
      1,
    )
  })

  it('finds a fitting pair among items that do not all fit', () => {
    const steps = [letter('2024-01-01'), letter('2024-03-10'), letter('2024-04-05')]
    const found = decided(steps, '2024-05-01')
    expect(found).toMatchObject([
      {
        inputs: [2, 3],
        because: {
          text: { en: 'notices served on 2024-03-10 and 2024-04-05, 20 days to 60 days apart' },
        },
      },
    ])
  })

  it('stops holding once the items stop standing', () => {
    const signed = at('2024-05-01', 'NoticeServed', {
      data: { channel: 'in_person', signedFor: true, signedOn: '2024-05-02' },
    })
    const steps = [letter('2024-03-01'), letter('2024-04-01'), signed]
    expect(decided(steps, '2024-05-01')).toHaveLength(1)
    expect(decided(steps, '2024-05-02')).toEqual([])
  })

  it('is read from JSON as the builder writes it', () => {
    const built = when.spaced(letters, { days: 20 }, { days: 60 })
    expect(conditionSchema.parse(JSON.parse(JSON.stringify(built)))).toEqual(built)
  })

  it('refuses an atMost shorter than atLeast, at atMost, with interval_inverted', () => {
    const inverted = when.spaced(letters, { days: 60 }, { days: 20 })
    const result = conditionSchema.safeParse(JSON.parse(JSON.stringify(inverted)))
    expect(result.error?.issues).toMatchObject([
      { path: ['atMost'], params: { code: 'interval_inverted' } },
    ])
  })

  it('refuses a month that is shorter than 30 days from the end of January, and takes one of 28', () => {
    const parse = (atLeast: { days: number }) =>
      conditionSchema.safeParse(when.spaced(letters, atLeast, { months: 1 }))
    expect(parse({ days: 30 }).error?.issues[0]?.message).toMatch(/2096-01-31/)
    expect(parse({ days: 28 }).success).toBe(true)
  })

  it('takes atLeast and atMost in days exactly when atMost is no shorter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), (a, b) => {
        const parsed = conditionSchema.safeParse(when.spaced(letters, { days: a }, { days: b }))
        expect(parsed.success).toBe(b >= a)
      }),
      { numRuns: 100 },
    )
  })

  it('refuses a pair of periods exactly when some start day gives an empty span', () => {
    const period = fc.record(
      { years: fc.nat(2), months: fc.nat(14), days: fc.nat(70) },
      { requiredKeys: [] },
    )
    const nonEmpty = period.filter((p) => (p.years ?? 0) + (p.months ?? 0) + (p.days ?? 0) > 0)
    fc.assert(
      fc.property(nonEmpty, nonEmpty, fc.integer({ min: 0, max: 2921 }), (least, most, n) => {
        const parsed = conditionSchema.safeParse(when.spaced(letters, least, most))
        const start = addDaysIso('2096-01-01', n)
        if (addPeriod(start, most) < addPeriod(start, least)) expect(parsed.success).toBe(false)
        if (parsed.success) expect(addPeriod(start, most) >= addPeriod(start, least)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('holds exactly when some two items lie 20 to 60 days apart', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 5 }), (offsets) => {
        const days = offsets.map((n) => addDaysIso('2024-01-01', n))
        const fits = offsets.some((a) => offsets.some((b) => b - a >= 20 && b - a <= 60))
        expect(decided(days.map(letter), '2024-12-31')).toHaveLength(fits ? 1 : 0)
      }),
      { numRuns: 60 },
    )
  })
  it('reads items in the order their section is dated by, not by their effective day', () => {
    // Two penalties: the first decided 2024-01-01 but in effect from 2024-03-01, the second
    // decided and in effect on 2024-02-01. By the day they were formed they lie 31 days apart.
    const penalties = entries.recordings({ where: where.eq('type', 'PenaltyImposed') })
    const pair = examplePolicy(
      policy().rules.map((r) => ({
        ...r,
        when: when.spaced(penalties, { days: 20 }, { days: 40 }),
      })),
    )
    const steps = [
      at('2024-03-01', 'PenaltyImposed', {
        recordedAt: '2024-01-01T10:00:00+08:00',
        data: { decidedOn: '2024-01-01' },
      }),
      at('2024-02-01', 'PenaltyImposed', { data: { decidedOn: '2024-02-01' } }),
    ]
    expect(decisionsAt(history(registered, ...steps), '2024-04-01', 'X-SPACED', pair)).toHaveLength(
      1,
    )
  })
})
