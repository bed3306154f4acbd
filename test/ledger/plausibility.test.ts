import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import { memoryStore } from '../../src/store'
import { addDaysIso, fixedClock } from '../../src/time'
import { annualReport, GROUP, registration, snapshot, warning } from './fixtures'

// 09:00 in Shanghai on 2024-06-01: the recording day is 2024-06-01 in China Standard Time.
const ledgerAt = (at = '2024-06-01T01:00:00Z') => {
  const store = memoryStore()
  return { store, ledger: createLedger({ store, clock: fixedClock(at) }) }
}

describe('ledger.append and facts implausible for their type', () => {
  it('refuses a report filed after the day it is recorded, at effectiveAt, and writes nothing', async () => {
    const { ledger, store } = ledgerAt()
    await ledger.append(registration(GROUP))
    const before = await snapshot(store)
    const result = await ledger.safeAppend(annualReport(GROUP, 2023, '2024-06-02'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'effective_after_recording', path: ['effectiveAt'] }],
    })
    expect(await snapshot(store)).toEqual(before)
    await expect(ledger.append(annualReport(GROUP, 2023, '2024-06-02'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
  })

  it('takes a report filed on the recording day, counted in China Standard Time', async () => {
    // 2024-05-31T17:00Z is already 2024-06-01 in Shanghai.
    const { ledger } = ledgerAt('2024-05-31T17:00:00Z')
    await ledger.append([registration(GROUP), annualReport(GROUP, 2023, '2024-06-01')])
  })

  it('takes a decision that applies from a later day', async () => {
    const { ledger } = ledgerAt()
    await ledger.append([registration(GROUP), warning(GROUP, '2024-06-20')])
  })

  it('refuses an annual report for a year before the registration, in the same batch too', async () => {
    const { ledger } = ledgerAt()
    const result = await ledger.safeAppend([registration(GROUP), annualReport(GROUP, 2015)])
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'report_before_registration', path: [1, 'data', 'year'] }],
    })
    await ledger.append([registration(GROUP), annualReport(GROUP, 2016)])
  })

  it('refuses an annual report filed before the year it reports on has ended', async () => {
    const { ledger } = ledgerAt()
    await ledger.append(registration(GROUP))
    const result = await ledger.safeAppend(annualReport(GROUP, 2023, '2023-12-31'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'report_before_year_end', path: ['effectiveAt'] }],
    })
    await ledger.append(annualReport(GROUP, 2023, '2024-01-01'))
  })

  it('refuses a revocation that takes effect before the penalty it revokes, in the same batch too', async () => {
    const { ledger } = ledgerAt()
    const revocation = (effectiveAt: string, amends: number) => ({
      org: GROUP,
      type: 'PenaltyRevoked' as const,
      effectiveAt,
      by: '上海市金山区人民政府',
      amends,
      data: { reason: 'reconsideration' as const, department: '上海市金山区人民政府' },
    })
    const result = await ledger.safeAppend([
      registration(GROUP),
      warning(GROUP, '2020-08-10'),
      revocation('2020-08-09', 1),
    ])
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'effective_before_target', path: [2, 'effectiveAt'] }],
    })
    await ledger.append([registration(GROUP), warning(GROUP, '2020-08-10')])
    await ledger.append(revocation('2020-08-10', 1))
  })

  it('refuses a past fact exactly when it takes effect after the recording day', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -400, max: 400 }), async (offset) => {
        const { ledger } = ledgerAt('2024-06-01T01:00:00Z')
        await ledger.append(registration(GROUP, '2015-01-01'))
        const filed = addDaysIso('2024-06-01', offset)
        const year = Number(filed.slice(0, 4)) - 1
        const result = await ledger.safeAppend(annualReport(GROUP, year, filed))
        const codes = result.success ? [] : result.issues.map((issue) => issue.code)
        expect(codes.includes('effective_after_recording')).toBe(offset > 0)
      }),
      { numRuns: 60 },
    )
  })
})

describe('ledger.append and the recording clock', () => {
  it('refuses a clock earlier than the last recording with CLOCK_BEHIND, writing nothing', async () => {
    const store = memoryStore()
    await createLedger({ store, clock: fixedClock('2024-06-01T01:00:00Z') }).append(
      registration(GROUP),
    )
    const behind = createLedger({ store, clock: fixedClock('2024-05-31T01:00:00Z') })
    const before = await snapshot(store)
    const result = await behind.safeAppend(annualReport(GROUP, 2016))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'clock_behind', path: ['recordedAt'] }],
    })
    await expect(behind.append(annualReport(GROUP, 2016))).rejects.toMatchObject({
      code: 'CLOCK_BEHIND',
    })
    expect(await snapshot(store)).toEqual(before)
  })

  it('takes the same instant again, and any later one', async () => {
    const store = memoryStore()
    const clock = fixedClock('2024-06-01T01:00:00Z')
    const ledger = createLedger({ store, clock })
    await ledger.append(registration(GROUP))
    await ledger.append(annualReport(GROUP, 2016))
    clock.set('2024-06-01T01:00:00.001Z')
    await ledger.append(annualReport(GROUP, 2017))
  })
})
