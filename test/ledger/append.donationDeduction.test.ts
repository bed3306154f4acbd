import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { FOUNDATION, newLedger, registration, snapshot } from './fixtures'

const BY = '上海市民政局'
const DEPARTMENTS = ['finance', 'tax', 'civil_affairs'] as const

const granted = (validFrom: string, validTo: string): EntryInput => ({
  org: FOUNDATION,
  type: 'DonationDeductionQualificationGranted',
  effectiveAt: '2023-06-20',
  by: BY,
  data: { validFrom, validTo, departments: [...DEPARTMENTS] },
})

const lost = (amends: number, on: string): EntryInput => ({
  org: FOUNDATION,
  type: 'DonationDeductionQualificationLost',
  effectiveAt: on,
  by: BY,
  amends,
  data: { reason: 'grade_below_3a', departments: [...DEPARTMENTS] },
})

const retracted = (amends: number): EntryInput => ({
  org: FOUNDATION,
  type: 'EntryRetracted',
  effectiveAt: '2024-07-01',
  by: BY,
  amends,
  data: { ground: 'error', reason: '取消日期录入错误' },
})

describe('ledger.safeAppend with a DonationDeductionQualificationGranted', () => {
  it('takes a period of three years to the day before, and a shorter transitional one', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(FOUNDATION))
    expect((await ledger.safeAppend(granted('2023-01-01', '2025-12-31'))).success).toBe(true)
    expect((await ledger.safeAppend(granted('2021-01-01', '2022-12-31'))).success).toBe(true)
    expect((await ledger.safeAppend(granted('2020-02-29', '2023-02-27'))).success).toBe(true)
  })

  it('refuses a period longer than three years, at validTo', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(FOUNDATION))
    for (const [from, to] of [
      ['2023-01-01', '2026-01-01'],
      ['2020-02-29', '2023-02-28'],
    ] as const) {
      const result = await ledger.safeAppend(granted(from, to))
      expect(result).toMatchObject({ success: false, issues: [{ path: ['data', 'validTo'] }] })
    }
  })
})

describe('ledger.safeAppend with a DonationDeductionQualificationLost', () => {
  it('refuses a second loss of the same grant, at amends, and writes nothing', async () => {
    const { ledger, store } = newLedger()
    await ledger.append([registration(FOUNDATION), granted('2023-01-01', '2025-12-31')])
    await ledger.append(lost(1, '2024-05-01'))
    const before = await snapshot(store)
    const result = await ledger.safeAppend(lost(1, '2024-06-01'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'deduction_already_lost', path: ['amends'] }],
    })
    expect(await snapshot(store)).toEqual(before)
    await expect(ledger.append(lost(1, '2024-06-01'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
  })

  it('refuses two losses of one grant in the same batch', async () => {
    const { ledger } = newLedger()
    const result = await ledger.safeAppend([
      registration(FOUNDATION),
      granted('2023-01-01', '2025-12-31'),
      lost(1, '2024-05-01'),
      lost(1, '2024-05-02'),
    ])
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'deduction_already_lost', path: [3, 'amends'] }],
    })
  })

  it('takes a new loss once the first is retracted', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(FOUNDATION), granted('2023-01-01', '2025-12-31')])
    await ledger.append(lost(1, '2024-05-01'))
    await ledger.append(retracted(2))
    await ledger.append(lost(1, '2024-06-01'))
    const file = await ledger.creditFile(FOUNDATION)
    expect(file.donationDeduction.map((each) => each.lostOn)).toEqual(['2024-06-01'])
  })
})
