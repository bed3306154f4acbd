import { describe, expect, it } from 'vitest'
import {
  jinshanweiPolicy,
  jinshanweiPolicyWith,
  jinshanweiRules,
} from '../../../examples/town-pack/jinshanweiPolicy'
import { FOUNDING_DOCUMENT } from '../../../examples/town-pack/source'
import { cnPolicy, isLedgerError } from '../../../src/index'
import { summarizeDecision } from '../../../src/testing'
import { decisions, registered, townLedger } from './townFixtures'

function refusal(run: () => unknown): { code: string; paths: string[] } {
  try {
    run()
  } catch (error) {
    if (!isLedgerError(error)) throw error
    return { code: error.code, paths: error.issues.map((issue) => issue.path.join('.')) }
  }
  throw new Error('not refused')
}

describe('jinshanweiPolicy', () => {
  it('keeps every national rule and adds the town’s, under a name, version and hash of its own', () => {
    const ids = new Set(cnPolicy.rules.map((rule) => rule.id))
    expect(jinshanweiPolicy.rules.filter((rule) => ids.has(rule.id))).toEqual(cnPolicy.rules)
    expect(jinshanweiPolicy.name).toBe('cn-national+jinshanwei')
    expect(jinshanweiPolicy.version).toBe(`${cnPolicy.version}+jsw.2025-2026`)
    expect(jinshanweiPolicy.hash).not.toBe(cnPolicy.hash)
  })

  it('cites the founding document, marked local, with notes, in every rule of the town', () => {
    const local = jinshanweiRules()
    expect(new Set(local.map((rule) => rule.id))).toEqual(
      new Set(['JSW-10', 'JSW-11', 'JSW-20', 'JSW-21', 'JSW-30', 'JSW-31', 'JSW-32']),
    )
    for (const rule of local) {
      expect(rule.source.instrument).toBe(FOUNDING_DOCUMENT.instrument)
      expect(rule.source.instrument).toContain('地方示例')
      expect(rule.source.cite?.en).toContain('local, illustrative')
      expect(rule.notes?.length).toBeGreaterThan(40)
    }
  })

  it('has a version of each year’s rules for each year it covers, and no more', () => {
    const versions = jinshanweiRules({ firstYear: 2021, lastYear: 2026 }).filter(
      (rule) => rule.id === 'JSW-31',
    )
    expect(versions.map((rule) => rule.effective)).toEqual(
      [2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({
        from: `${year}-01-01`,
        to: `${year + 1}-01-01`,
      })),
    )
  })

  it('takes the town’s own plan date, moved off a day off', async () => {
    const policy = jinshanweiPolicyWith({ planDue: '02-15' })
    const ledger = await townLedger([registered()])
    const due = await decisions(ledger, '2025-01-02', 'JSW-10', { policy })
    expect(due.map(summarizeDecision)).toMatchObject([{ due: '2025-02-17' }])
    const warned = await decisions(ledger, '2025-02-17', 'JSW-11', { policy })
    expect(warned).toEqual([])
    expect(await decisions(ledger, '2025-02-18', 'JSW-11', { policy })).toHaveLength(2)
  })

  it('refuses a plan date that is not in every year, or too late in it, naming the field', () => {
    for (const planDue of ['02-29', '01-01', '12-15', '13-01', '1-31']) {
      expect(refusal(() => jinshanweiPolicyWith({ planDue }))).toEqual({
        code: 'INVALID_INPUT',
        paths: ['planDue'],
      })
    }
  })

  it('refuses years in the wrong order, and unknown parameters', () => {
    expect(refusal(() => jinshanweiPolicyWith({ firstYear: 2027, lastYear: 2026 }))).toEqual({
      code: 'INVALID_INPUT',
      paths: ['lastYear'],
    })
    expect(refusal(() => jinshanweiPolicyWith({ planDate: '01-31' } as never)).code).toBe(
      'INVALID_INPUT',
    )
  })

  it('refuses a year the national calendar cannot count a plan date in', () => {
    expect(refusal(() => jinshanweiPolicyWith({ lastYear: 2027 })).code).toBe('OUTSIDE_CALENDAR')
  })
})
