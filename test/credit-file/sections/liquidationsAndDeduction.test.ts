import { describe, expect, it } from 'vitest'
import { creditFileOf, evolve } from '../../../src/credit-file'
import type { Entry } from '../../../src/events'

const base = { org: 'X', by: 'r', schema: 1, recordedAt: '2026-01-01T00:00:00Z' }
let seq = 0
const entry = (type: string, on: string, data: unknown, amends?: number): Entry => {
  const made = {
    ...base,
    seq,
    version: seq + 1,
    type,
    effectiveAt: on,
    data,
    ...(amends === undefined ? {} : { amends }),
  }
  seq += 1
  return made as Entry
}

describe('the liquidations section', () => {
  it('follows a liquidation from its start to its end and the application after it', () => {
    seq = 0
    const file = creditFileOf([
      entry('LiquidationStarted', '2025-03-01', {
        reason: 'dissolution',
        groupFormedUnder: '区科协',
      }),
      entry('LiquidationCompleted', '2025-04-30', {}, 0),
      entry('DeregistrationApplied', '2025-05-10', { filedWith: '区民政局' }),
    ])
    expect(file.liquidations).toEqual([
      {
        seq: 0,
        startedOn: '2025-03-01',
        reason: 'dissolution',
        groupFormedUnder: '区科协',
        completedOn: '2025-04-30',
        completionSeq: 1,
        appliedOn: '2025-05-10',
        applicationSeq: 2,
      },
    ])
  })

  it('keeps an application with no liquidation on record out of the section', () => {
    seq = 0
    const file = creditFileOf([
      entry('DeregistrationApplied', '2025-05-10', { filedWith: '区民政局' }),
    ])
    expect(file.liquidations).toEqual([])
  })
})

describe('the liquidations section, where an application lands', () => {
  const history = (): Entry[] => {
    seq = 0
    return [
      entry('LiquidationStarted', '2025-03-03', { reason: 'dissolution' }),
      entry('DeregistrationApplied', '2025-03-10', { filedWith: '区民政局' }),
      entry('LiquidationCompleted', '2025-04-30', {}, 0),
      entry('LiquidationStarted', '2025-05-02', { reason: 'dissolution' }),
      entry('DeregistrationApplied', '2025-05-05', { filedWith: '区民政局' }),
    ]
  }

  it('answers the liquidation that ended last on or before its day, not one still running', () => {
    const file = creditFileOf(history())
    expect(
      file.liquidations.map((item) => [item.seq, item.appliedOn, item.applicationSeq]),
    ).toEqual([
      [0, '2025-05-05', 4],
      [3, null, null],
    ])
  })

  it('reads the same entry by entry as all at once', () => {
    const entries = history()
    let file = creditFileOf([])
    for (const [index, each] of entries.entries()) {
      file = evolve(file, each, entries.slice(0, index))
    }
    expect(file.liquidations).toEqual(creditFileOf(entries).liquidations)
  })
})

describe('the donationDeduction section', () => {
  it('keeps each confirmation with its period, and its cancellation', () => {
    seq = 0
    const file = creditFileOf([
      entry('DonationDeductionQualificationGranted', '2023-02-01', {
        validFrom: '2023-01-01',
        validTo: '2025-12-31',
        departments: ['finance', 'tax', 'civil_affairs'],
      }),
      entry(
        'DonationDeductionQualificationLost',
        '2024-06-01',
        { reason: 'grade_below_3a', departments: ['finance'] },
        0,
      ),
    ])
    expect(file.donationDeduction).toEqual([
      {
        seq: 0,
        on: '2023-02-01',
        validFrom: '2023-01-01',
        validTo: '2025-12-31',
        departments: ['finance', 'tax', 'civil_affairs'],
        lostOn: '2024-06-01',
        lossSeq: 1,
        lossReason: 'grade_below_3a',
      },
    ])
  })
})
