import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file'
import type { Entry } from '../../../src/events'
import { compileCondition } from '../../../src/rules/compile/compileCondition'
import { conditionSchema } from '../../../src/rules/conditionSchema'
import { conditionKinds } from '../../../src/rules/conditions/conditionKinds'
import { comparesTo, priorYear } from '../../../src/rules/conditions/priorYear'

const base = { org: 'X', by: 'r', schema: 1, recordedAt: '2024-01-01T00:00:00Z' }

function filing(seq: number, year: number, on: string, financials: Record<string, number>): Entry {
  return {
    ...base,
    seq,
    version: seq + 1,
    type: 'AnnualReportFiled',
    effectiveAt: on,
    data: {
      year,
      filedWith: 'registrar',
      financials: { income: 0, expenditure: 0, ...financials },
    },
  } as Entry
}

const SPENDING = priorYear('financials.publicBenefitSpending', 'lt', 'financials.income', 70)

function found(entries: Entry[], at: string) {
  const file = creditFileOf(entries, { asOf: at })
  const node = compileCondition(SPENDING, {
    convention: 'civil_code',
    annualReport: undefined,
    calendar: undefined,
  })
  return node.evaluate({ file, at, year: Number(at.slice(0, 4)), kind: null })
}

describe('priorYear', () => {
  it('is a condition the schema reads, as the builder writes it', () => {
    expect(conditionSchema.parse(SPENDING)).toEqual(SPENDING)
  })

  it('rejects a field the annual reports do not have', () => {
    const issues = conditionKinds.priorYear.check(
      priorYear('financials.income', 'lt', 'budget.income', 70),
      ['when'],
    )
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown_field', ['when', 'prior']],
    ])
  })

  it('holds when this year’s figure is below the share of last year’s', () => {
    const outcome = found(
      [
        filing(0, 2021, '2022-03-01', { income: 100 }),
        filing(1, 2022, '2023-03-01', { publicBenefitSpending: 69 }),
      ],
      '2023-04-01',
    )
    expect(outcome.value).toBe(true)
    expect(outcome.seqs).toEqual([0, 1])
    expect(outcome.facts).toMatchObject({ year: 2022, value: 69, base: 100, missing: null })
    expect(outcome.since).toBe('2023-03-01')
  })

  it('says which report or figure is missing, and does not hold', () => {
    const onlyThisYear = found(
      [filing(0, 2022, '2023-03-01', { publicBenefitSpending: 1 })],
      '2023-04-01',
    )
    expect([onlyThisYear.value, onlyThisYear.facts.missing]).toEqual([false, 'prior_report'])
    const none = found([], '2023-04-01')
    expect([none.value, none.facts.missing]).toEqual([false, 'report'])
    const noFigure = found(
      [filing(0, 2021, '2022-03-01', { income: 100 }), filing(1, 2022, '2023-03-01', {})],
      '2023-04-01',
    )
    expect([noFigure.value, noFigure.facts.missing]).toEqual([false, 'figure'])
  })

  it('reads the latest year on file, so a new year’s report without its predecessor decides nothing', () => {
    const outcome = found(
      [
        filing(0, 2020, '2021-03-01', { income: 100 }),
        filing(1, 2021, '2022-03-01', { publicBenefitSpending: 1 }),
        filing(2, 2023, '2024-03-01', { publicBenefitSpending: 1 }),
      ],
      '2024-04-01',
    )
    expect([outcome.value, outcome.facts.year, outcome.facts.missing]).toEqual([
      false,
      2023,
      'prior_report',
    ])
  })

  it('reads a later filing of the year in place of an earlier one', () => {
    const outcome = found(
      [
        filing(0, 2021, '2022-03-01', { income: 100 }),
        filing(1, 2022, '2023-03-01', { publicBenefitSpending: 1 }),
        filing(2, 2022, '2023-05-01', { publicBenefitSpending: 70 }),
      ],
      '2023-06-01',
    )
    expect([outcome.value, outcome.facts.value]).toEqual([false, 70])
  })

  it('puts the boundary exactly at the share: at it the floor is met, a yuan below it is not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 12 }),
        fc.integer({ min: 1, max: 100 }),
        (income, percent) => {
          // The least whole yuan at or above percent% of income.
          const floor = Math.ceil((income * percent) / 100)
          expect(comparesTo(floor, 'lt', income, percent)).toBe(false)
          expect(comparesTo(floor - 1, 'lt', income, percent)).toBe(true)
          expect(comparesTo(floor, 'gte', income, percent)).toBe(true)
        },
      ),
    )
  })

  it('compares figures beyond the safe integers exactly, where floating point rounds them equal', () => {
    // 224819693398373800 × 100 is 640 below 288230376151761300 × 78: both round to one double.
    expect(comparesTo(224819693398373800, 'lt', 288230376151761300, 78)).toBe(true)
    expect(comparesTo(224819693398373800, 'gte', 288230376151761300, 78)).toBe(false)
  })

  it('reads the latest year that states the figure, so a later report without it hides no shortfall', () => {
    const outcome = found(
      [
        filing(0, 2021, '2022-03-01', { income: 100 }),
        filing(1, 2022, '2023-03-01', { publicBenefitSpending: 69 }),
        filing(2, 2023, '2024-03-01', {}),
      ],
      '2024-04-01',
    )
    expect([outcome.value, outcome.facts.year, outcome.facts.value]).toEqual([true, 2022, 69])
  })

  it('gives lt and gte, lte and gt as each other’s negation', () => {
    fc.assert(
      fc.property(
        fc.nat(10 ** 12),
        fc.nat(10 ** 12),
        fc.integer({ min: 1, max: 1000 }),
        (value, base, percent) => {
          expect(comparesTo(value, 'lt', base, percent)).toBe(
            !comparesTo(value, 'gte', base, percent),
          )
          expect(comparesTo(value, 'lte', base, percent)).toBe(
            !comparesTo(value, 'gt', base, percent),
          )
        },
      ),
    )
  })

  it('never holds without both reports on file, whatever the figures', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 9), fc.nat(10 ** 9), fc.integer({ min: 2, max: 5 }), (a, b, gap) => {
        const outcome = found(
          [
            filing(0, 2018, '2019-03-01', { income: a }),
            filing(1, 2018 + gap, `${2019 + gap}-03-01`, { publicBenefitSpending: b }),
          ],
          '2025-01-01',
        )
        expect(outcome.value).toBe(false)
      }),
    )
  })
})
