import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import { creditFileOf } from '../../src/credit-file'
import { isLedgerError } from '../../src/errors'
import { entryCatalogue } from '../../src/events'
import { definePolicy } from '../../src/rules/definePolicy'
import { effects } from '../../src/rules/effects'
import { evaluate } from '../../src/rules/evaluate'
import { rule } from '../../src/rules/rule'
import { when } from '../../src/rules/when'
import { entries, where } from '../../src/rules/where'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import { GROUP, registration } from '../ledger/fixtures'
import { assessed, townTypes } from '../ledger/hostTypes'

const TOWN = {
  instrument: '《金山卫镇社会组织考核办法》（示例）',
  confidence: 'V',
  cite: { zh: '考核办法', en: 'town measures' },
} as const

const twoExcellentYears = rule({
  id: 'TOWN-01',
  title: { zh: '连续两年考核优秀的，优先扶持', en: 'Two excellent years: town support' },
  source: TOWN,
  effective: { from: '2020-01-01' },
  when: when.count(entries.host('assessments', { where: where.eq('data.result', 'excellent') }), {
    window: { years: 2 },
    atLeast: 2,
  }),
  then: [effects.grant('town_support', { zh: '镇级扶持', en: 'town support' })],
})

const policy = definePolicy({
  name: 'town-test',
  version: '1',
  convention: 'civil_code',
  rules: [twoExcellentYears],
})

async function fileWith(results: readonly [number, string][]) {
  const ledger = createLedger({
    store: memoryStore(),
    clock: fixedClock('2026-01-05T09:00:00+08:00', 1000),
    entryTypes: townTypes,
  })
  await ledger.append(registration(GROUP))
  for (const [year, result] of results) {
    await ledger.append({
      org: GROUP,
      type: 'town.Assessed',
      effectiveAt: `${year}-12-20`,
      by: '金山卫镇人民政府',
      data: { year, score: result === 'excellent' ? 95 : 75, result },
    })
  }
  return ledger.creditFile(GROUP)
}

describe('rules over host sections', () => {
  it('TOWN-01 fires on two excellent assessments within two years', async () => {
    const file = await fileWith([
      [2024, 'excellent'],
      [2025, 'excellent'],
    ])
    const decisions = evaluate(policy, file, { at: '2026-01-05' })
    expect(decisions.map((d) => d.rule)).toEqual(['TOWN-01'])
    // The decision rests on the two assessments: entries 1 and 2.
    expect(decisions[0]?.inputs).toEqual([1, 2])
  })

  it('TOWN-01 near miss: one of the two years only good', async () => {
    const file = await fileWith([
      [2024, 'good'],
      [2025, 'excellent'],
    ])
    expect(evaluate(policy, file, { at: '2026-01-05' })).toEqual([])
  })

  it('reads an empty host section when the file has none', () => {
    const file = creditFileOf([], { entryTypes: entryCatalogue([assessed]) })
    expect(evaluate(policy, file, { at: '2026-01-05' })).toEqual([])
  })

  it('refuses a filter on a host section whose name is malformed, naming the path', () => {
    try {
      definePolicy({
        name: 'bad',
        version: '1',
        convention: 'civil_code',
        rules: [
          {
            ...twoExcellentYears,
            when: when.count({ of: 'host.Bad Name' as 'host.x' }, { atLeast: 1 }),
          },
        ],
      })
      throw new Error('not refused')
    } catch (error) {
      expect(isLedgerError(error) && error.issues[0]?.path.join('.')).toMatch(
        /^rules\.0\.when\.entries\.of/,
      )
    }
  })
})
