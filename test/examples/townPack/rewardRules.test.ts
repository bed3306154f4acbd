import { describe, expect, it } from 'vitest'
import { summarizeDecision } from '../../../src/testing'
import { assessment, commended, decisions, exemplar, registered, townLedger } from './townFixtures'

const summaries = async (...args: Parameters<typeof decisions>) =>
  (await decisions(...args)).map(summarizeDecision)

describe('JSW-20, town support for an excellent or good assessment', () => {
  it('grants support from the assessment until the measures end, for 优秀 and for 良好', async () => {
    for (const result of ['excellent', 'good'] as const) {
      const ledger = await townLedger([registered(), assessment(2025, result)])
      expect(await summaries(ledger, '2026-01-05', 'JSW-20')).toEqual([
        { rule: 'JSW-20', grant: 'town_support', from: '2025-12-20', until: '2026-12-31' },
      ])
    }
  })

  it('grants nothing for 合格, nor once a redone assessment lowers the year to 合格', async () => {
    const pass = await townLedger([registered(), assessment(2025, 'pass')])
    expect(await decisions(pass, '2026-01-05', 'JSW-20')).toEqual([])
    const redone = await townLedger([
      registered(),
      assessment(2025, 'good'),
      assessment(2025, 'pass', '2025-12-28'),
    ])
    expect(await decisions(redone, '2025-12-27', 'JSW-20')).toHaveLength(1)
    expect(await decisions(redone, '2025-12-28', 'JSW-20')).toEqual([])
  })

  it('reads the latest assessment, not the best', async () => {
    const ledger = await townLedger([
      registered(),
      assessment(2024, 'excellent'),
      assessment(2025, 'fail'),
    ])
    expect(await decisions(ledger, '2026-01-05', 'JSW-20')).toEqual([])
  })
})

describe('JSW-21, a commendation for two excellent years or an exemplar', () => {
  it('proposes the town’s honour in the new year after two excellent years, for the town to decide', async () => {
    const ledger = await townLedger([
      registered(),
      assessment(2024, 'excellent'),
      assessment(2025, 'excellent'),
    ])
    expect(await summaries(ledger, '2026-01-05', 'JSW-21')).toEqual([
      {
        rule: 'JSW-21',
        propose: 'Commended',
        mode: 'needs_decision',
        effectiveAt: '2026-01-01',
        inputs: [1, 2],
        data: {
          honour: '金山卫镇优秀社会组织',
          level: 'county',
          awardedBy: '上海市金山区金山卫镇人民政府',
        },
      },
    ])
  })

  it('waits for the new year: on 2025-12-31 the two years before 2025 are read', async () => {
    const ledger = await townLedger([
      registered(),
      assessment(2024, 'excellent'),
      assessment(2025, 'excellent'),
    ])
    expect(await decisions(ledger, '2025-12-31', 'JSW-21')).toEqual([])
  })

  it('proposes nothing when one of the two years was only 良好, or the years are not consecutive', async () => {
    const good = await townLedger([
      registered(),
      assessment(2024, 'excellent'),
      assessment(2025, 'good'),
    ])
    expect(await decisions(good, '2026-01-05', 'JSW-21')).toEqual([])
    const gap = await townLedger([
      registered(),
      assessment(2023, 'excellent'),
      assessment(2024, 'good'),
      assessment(2025, 'excellent'),
    ])
    expect(await decisions(gap, '2026-01-05', 'JSW-21')).toEqual([])
  })

  it('proposes the honour for an exemplar from its designation, for a year', async () => {
    const ledger = await townLedger([
      registered(),
      assessment(2024, 'excellent'),
      exemplar(1, '2025-01-10'),
    ])
    expect(await summaries(ledger, '2025-01-10', 'JSW-21')).toMatchObject([
      { propose: 'Commended', effectiveAt: '2025-01-10', inputs: [2] },
    ])
    expect(await decisions(ledger, '2026-01-10', 'JSW-21')).toHaveLength(1)
    expect(await decisions(ledger, '2026-01-11', 'JSW-21')).toEqual([])
  })

  it('proposes nothing for a year after the honour is recorded', async () => {
    const ledger = await townLedger([
      registered(),
      assessment(2024, 'excellent'),
      assessment(2025, 'excellent'),
      commended('2026-01-08'),
    ])
    expect(await decisions(ledger, '2026-01-07', 'JSW-21')).toHaveLength(1)
    expect(await decisions(ledger, '2026-01-08', 'JSW-21')).toEqual([])
  })
})
