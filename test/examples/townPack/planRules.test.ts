import { describe, expect, it } from 'vitest'
import { summarizeDecision } from '../../../src/testing'
import { decisions, deregistered, plan, registered, townLedger } from './townFixtures'

const summaries = async (...args: Parameters<typeof decisions>) =>
  (await decisions(...args)).map(summarizeDecision)

describe('JSW-10, the work plan due by the town’s date', () => {
  it('obliges an organization without a plan for the year, due 31 January moved past the Spring Festival', async () => {
    const ledger = await townLedger([registered()])
    expect(await summaries(ledger, '2025-01-02', 'JSW-10')).toEqual([
      {
        rule: 'JSW-10',
        oblige: 'file_work_plan',
        who: 'organization',
        due: '2025-02-05',
        state: 'due',
      },
    ])
    expect(await summaries(ledger, '2025-02-06', 'JSW-10')).toMatchObject([{ state: 'overdue' }])
  })

  it('moves 2026’s 31 January, a Saturday, to Monday 2 February', async () => {
    const ledger = await townLedger([registered()])
    expect(await summaries(ledger, '2026-01-05', 'JSW-10')).toMatchObject([
      { due: '2026-02-02', state: 'due' },
    ])
  })

  it('ends when a plan for the year is filed, on time or late', async () => {
    const onTime = await townLedger([registered(), plan(2025, '2025-01-20')])
    expect(await decisions(onTime, '2025-03-01', 'JSW-10')).toEqual([])
    const late = await townLedger([registered(), plan(2025, '2025-02-12')])
    expect(await summaries(late, '2025-02-11', 'JSW-10')).toMatchObject([{ state: 'overdue' }])
    expect(await decisions(late, '2025-02-12', 'JSW-10')).toEqual([])
  })

  it('is not met by a plan for another year', async () => {
    const ledger = await townLedger([registered(), plan(2024, '2025-01-10')])
    expect(await summaries(ledger, '2025-01-20', 'JSW-10')).toMatchObject([{ state: 'due' }])
  })

  it('gives an organization registered during the year as many days from its registration', async () => {
    const ledger = await townLedger([registered('2025-06-10')])
    expect(await summaries(ledger, '2025-06-20', 'JSW-10')).toMatchObject([
      { due: '2025-07-10', state: 'due' },
    ])
  })

  it('asks nothing of a deregistered organization, nor before the town’s measures apply', async () => {
    const closed = await townLedger([registered(), deregistered('2024-11-30')])
    expect(await decisions(closed, '2025-02-10', 'JSW-10')).toEqual([])
    const before = await townLedger([registered()])
    expect(await decisions(before, '2024-12-31', 'JSW-10')).toEqual([])
  })
})

describe('JSW-11, the warning for a missing plan', () => {
  it('warns and bars the town’s support from the day after the plan fell due', async () => {
    const ledger = await townLedger([registered()])
    expect(await summaries(ledger, '2025-02-06', 'JSW-11')).toEqual([
      { rule: 'JSW-11', bar: 'town_support', from: '2025-02-06', until: '2025-12-31' },
      { rule: 'JSW-11', oblige: 'heed_town_warning', who: 'organization', due: null, state: 'due' },
    ])
  })

  it('does not warn on the due day itself', async () => {
    const ledger = await townLedger([registered()])
    expect(await decisions(ledger, '2025-02-05', 'JSW-11')).toEqual([])
  })

  it('lifts the warning once the plan is filed, late', async () => {
    const ledger = await townLedger([registered(), plan(2025, '2025-02-12')])
    expect(await decisions(ledger, '2025-02-11', 'JSW-11')).toHaveLength(2)
    expect(await decisions(ledger, '2025-02-12', 'JSW-11')).toEqual([])
  })

  it('waits the full days from a registration during the year', async () => {
    const ledger = await townLedger([registered('2025-06-10')])
    expect(await decisions(ledger, '2025-07-10', 'JSW-11')).toEqual([])
    expect(await decisions(ledger, '2025-07-11', 'JSW-11')).toHaveLength(2)
  })
})
