import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Boundaries } from '../../../src/rules/compile/dates'
import { spanDuties } from '../../../src/rules/effects/campaignSpans'
import { addDaysIso } from '../../../src/time'

const spans = (
  from: string,
  until: string,
  every: number,
  at: string,
  reports: string[] = [],
  partial = false,
) =>
  spanDuties({
    duty: 'disclose',
    campaign: 7,
    from,
    until,
    every: { days: every },
    partial,
    reports: reports.map((on, seq) => ({ seq: 100 + seq, on })),
    at,
    bounds: new Boundaries(at),
  })

describe('spanDuties', () => {
  it('owes one report per span that ends before the limit, keyed by campaign and span', () => {
    const found = spans('2025-07-01', '2025-07-17', 5, '2025-08-01', ['2025-07-06'])
    expect(found.map(({ key, due, state, doneBy }) => ({ key, due, state, doneBy }))).toEqual([
      { key: '7:1', due: '2025-07-06', state: 'done', doneBy: 100 },
      { key: '7:2', due: '2025-07-11', state: 'overdue', doneBy: null },
      { key: '7:3', due: '2025-07-16', state: 'overdue', doneBy: null },
    ])
  })

  it('does not count a report on the span’s first day, nor owe a span not yet begun', () => {
    const found = spans('2025-07-01', '2025-12-31', 5, '2025-07-07', ['2025-07-01'])
    expect(found.map(({ key, state }) => ({ key, state }))).toEqual([
      { key: '7:1', state: 'overdue' },
      { key: '7:2', state: 'due' },
    ])
  })

  it('gives consecutive spans of equal length, every due day before the limit and on or after the start of its span', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 500 }),
        (start, length, every, later) => {
          const from = addDaysIso('2016-01-01', start)
          const until = addDaysIso(from, length)
          const at = addDaysIso(from, later)
          const found = spans(from, until, every, at)
          found.forEach((instance, index) => {
            expect(instance.key).toBe(`7:${index + 1}`)
            expect(instance.due).toBe(addDaysIso(from, every * (index + 1)))
            expect((instance.due as string) < until).toBe(true)
            expect(addDaysIso(instance.due as string, -every) < at).toBe(true)
          })
          expect(found.length).toBeLessThanOrEqual(Math.floor(length / every))
        },
      ),
    )
  })

  it('owes the days left after the last whole span, with partial, on the day before the limit', () => {
    const found = spans('2025-07-01', '2025-07-15', 5, '2025-08-01', ['2025-07-14'], true)
    expect(found.map(({ key, due, state }) => ({ key, due, state }))).toEqual([
      { key: '7:1', due: '2025-07-06', state: 'overdue' },
      { key: '7:2', due: '2025-07-11', state: 'overdue' },
      { key: '7:3', due: '2025-07-14', state: 'done' },
    ])
  })

  it('adds, with partial, only a last span ending on the day before the limit when whole spans leave days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 30 }),
        (start, length, every) => {
          const from = addDaysIso('2016-01-01', start)
          const until = addDaysIso(from, length)
          const at = addDaysIso(until, 1)
          const whole = spans(from, until, every, at).map((item) => item.due)
          const all = spans(from, until, every, at, [], true).map((item) => item.due)
          const last = addDaysIso(until, -1)
          const leftOver = (length - 1) % every !== 0
          expect(all).toEqual(leftOver ? [...whole, last] : whole)
        },
      ),
    )
  })
})
