import { describe, expect, it } from 'vitest'
import { summarizeDecision } from '../../../src/testing'
import { assessment, decisions, deregistered, listed, registered, townLedger } from './townFixtures'

const summaries = async (...args: Parameters<typeof decisions>) =>
  (await decisions(...args)).map(summarizeDecision)

describe('JSW-30, the warning for a failed assessment', () => {
  it('warns and bars the town’s support from the failed assessment', async () => {
    const ledger = await townLedger([registered(), assessment(2025, 'fail')])
    expect(await summaries(ledger, '2025-12-20', 'JSW-30')).toEqual([
      { rule: 'JSW-30', bar: 'town_support', from: '2025-12-20', until: '2026-12-31' },
      { rule: 'JSW-30', oblige: 'heed_town_warning', who: 'organization', due: null, state: 'due' },
    ])
  })

  it('ends with the next assessment that does not fail, a redone one included', async () => {
    const next = await townLedger([
      registered(),
      assessment(2024, 'fail'),
      assessment(2025, 'pass'),
    ])
    expect(await decisions(next, '2025-12-19', 'JSW-30')).toHaveLength(2)
    expect(await decisions(next, '2025-12-20', 'JSW-30')).toEqual([])
    const redone = await townLedger([
      registered(),
      assessment(2025, 'fail'),
      assessment(2025, 'pass', '2025-12-29'),
    ])
    expect(await decisions(redone, '2025-12-29', 'JSW-30')).toEqual([])
  })
})

describe('JSW-31, referral for two failed years', () => {
  it('obliges the registrar to review within 30 days of 1 January, moved off the weekend', async () => {
    const ledger = await townLedger([
      registered(),
      assessment(2024, 'fail'),
      assessment(2025, 'fail'),
    ])
    expect(await summaries(ledger, '2026-01-05', 'JSW-31')).toEqual([
      {
        rule: 'JSW-31',
        oblige: 'review_town_referral',
        who: 'registrar',
        due: '2026-02-02',
        state: 'due',
      },
    ])
    expect(await summaries(ledger, '2026-02-03', 'JSW-31')).toMatchObject([{ state: 'overdue' }])
  })

  it('does not refer one failed year, two failed years apart, or a closed organization', async () => {
    const once = await townLedger([
      registered(),
      assessment(2024, 'pass'),
      assessment(2025, 'fail'),
    ])
    expect(await decisions(once, '2026-01-05', 'JSW-31')).toEqual([])
    const apart = await townLedger([
      registered(),
      assessment(2023, 'fail'),
      assessment(2024, 'pass'),
      assessment(2025, 'fail'),
    ])
    expect(await decisions(apart, '2026-01-05', 'JSW-31')).toEqual([])
    const closed = await townLedger([
      registered(),
      assessment(2024, 'fail'),
      assessment(2025, 'fail'),
      deregistered('2025-12-30'),
    ])
    expect(await decisions(closed, '2026-01-05', 'JSW-31')).toEqual([])
  })
})

describe('JSW-32, referral for the abnormal list and a failed assessment', () => {
  it('obliges the registrar from the later of the two, within 30 days', async () => {
    const ledger = await townLedger([registered(), listed('2025-09-10'), assessment(2025, 'fail')])
    expect(await summaries(ledger, '2025-12-31', 'JSW-32')).toEqual([
      {
        rule: 'JSW-32',
        oblige: 'review_town_referral',
        who: 'registrar',
        due: '2026-01-19',
        state: 'due',
      },
    ])
  })

  it('does not refer a listed organization that passed, nor a failed one that is not listed', async () => {
    const passed = await townLedger([registered(), listed('2025-09-10'), assessment(2025, 'pass')])
    expect(await decisions(passed, '2025-12-31', 'JSW-32')).toEqual([])
    const unlisted = await townLedger([registered(), assessment(2025, 'fail')])
    expect(await decisions(unlisted, '2025-12-31', 'JSW-32')).toEqual([])
  })
})
