import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { memoryStore } from '../../src/store'
import { addDaysIso, fixedClock } from '../../src/time'
import { GROUP, registration, snapshot } from './fixtures'

// 09:00 in Shanghai on 2024-06-01: the recording day is 2024-06-01 in China Standard Time.
const ledgerAt = (at = '2024-06-01T01:00:00Z') => {
  const store = memoryStore()
  return { store, ledger: createLedger({ store, clock: fixedClock(at) }) }
}

/** A special letter to the registered address sent on `on`, signed for on `signedOn` if given. */
const letter = (on: string, signedOn?: string): EntryInput => ({
  org: GROUP,
  type: 'NoticeServed',
  effectiveAt: on,
  by: '上海市金山区民政局',
  data: {
    channel: 'special_letter',
    purpose: 'contact',
    address: '上海市金山区金山卫镇卫通路1号',
    atRegisteredAddress: true,
    department: '上海市金山区民政局',
    ...(signedOn === undefined ? { signedFor: false } : { signedFor: true, signedOn }),
  },
})

const signedAfterAll = (amends: number, signedOn: string): EntryInput => ({
  org: GROUP,
  type: 'EntryCorrected',
  effectiveAt: '2024-06-01',
  by: '上海市金山区民政局',
  amends,
  data: { fields: { signedFor: true, signedOn }, reason: '邮政回执显示已签收' },
})

describe('ledger.append and the day a notice was signed for', () => {
  it('refuses a notice signed for before the day it was served, at data.signedOn, and writes nothing', async () => {
    const { ledger, store } = ledgerAt()
    await ledger.append(registration(GROUP))
    const before = await snapshot(store)
    const result = await ledger.safeAppend(letter('2024-05-10', '2024-05-09'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'signed_before_served', path: ['data', 'signedOn'] }],
    })
    expect(await snapshot(store)).toEqual(before)
    await expect(ledger.append(letter('2024-05-10', '2024-05-09'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
  })

  it('refuses a notice signed for after the day it is recorded', async () => {
    const { ledger } = ledgerAt()
    await ledger.append(registration(GROUP))
    const result = await ledger.safeAppend(letter('2024-05-10', '2024-06-02'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'signed_after_recording', path: ['data', 'signedOn'] }],
    })
  })

  it('takes a signature on the day served and on the recording day, counted in China Standard Time', async () => {
    // 2024-05-31T17:00Z is already 2024-06-01 in Shanghai.
    const { ledger } = ledgerAt('2024-05-31T17:00:00Z')
    await ledger.append(registration(GROUP))
    await ledger.append([letter('2024-05-10', '2024-05-10'), letter('2024-05-20', '2024-06-01')])
  })

  it('refuses a correction that signs for a letter before it was served, at data.fields.signedOn', async () => {
    const { ledger } = ledgerAt()
    await ledger.append([registration(GROUP), letter('2024-05-10')])
    const result = await ledger.safeAppend(signedAfterAll(1, '2024-05-01'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'signed_before_served', path: ['data', 'fields', 'signedOn'] }],
    })
    await ledger.append(signedAfterAll(1, '2024-05-12'))
  })

  it('refuses a correction that signs for a letter after the day the correction is recorded', async () => {
    const { ledger } = ledgerAt()
    await ledger.append([registration(GROUP), letter('2024-05-10')])
    const result = await ledger.safeAppend(signedAfterAll(1, '2024-06-03'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'signed_after_recording', path: ['data', 'fields', 'signedOn'] }],
    })
  })

  it('takes a signature exactly when it falls between the day served and the recording day', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -60, max: 0 }),
        fc.integer({ min: -70, max: 10 }),
        async (served, signed) => {
          const { ledger } = ledgerAt()
          await ledger.append(registration(GROUP))
          const servedOn = addDaysIso('2024-06-01', served)
          const signedOn = addDaysIso('2024-06-01', signed)
          const result = await ledger.safeAppend(letter(servedOn, signedOn))
          expect(result.success).toBe(signedOn >= servedOn && signed <= 0)
        },
      ),
      { numRuns: 60 },
    )
  })
})
