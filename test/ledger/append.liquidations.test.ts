import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { GROUP, newLedger, registration, snapshot } from './fixtures'

const REGISTRAR = '上海市浦东新区民政局'

const started = (on: string): EntryInput => ({
  org: GROUP,
  type: 'LiquidationStarted',
  effectiveAt: on,
  by: REGISTRAR,
  data: { reason: 'dissolution' },
})

const completed = (amends: number, on: string): EntryInput => ({
  org: GROUP,
  type: 'LiquidationCompleted',
  effectiveAt: on,
  by: REGISTRAR,
  amends,
  data: { audited: true },
})

const applied = (on: string): EntryInput => ({
  org: GROUP,
  type: 'DeregistrationApplied',
  effectiveAt: on,
  by: REGISTRAR,
  data: { filedWith: REGISTRAR },
})

const retracted = (amends: number): EntryInput => ({
  org: GROUP,
  type: 'EntryRetracted',
  effectiveAt: '2023-06-01',
  by: REGISTRAR,
  amends,
  data: { ground: 'error', reason: '清算结束日期录入错误' },
})

describe('ledger.safeAppend with liquidation entries', () => {
  it('refuses an application for deregistration while the liquidation still runs, and writes nothing', async () => {
    const { ledger, store } = newLedger()
    await ledger.append([registration(GROUP), started('2023-03-03')])
    const before = await snapshot(store)
    const result = await ledger.safeAppend(applied('2023-03-10'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'deregistration_without_liquidation', path: ['effectiveAt'] }],
    })
    expect(await snapshot(store)).toEqual(before)
    await expect(ledger.append(applied('2023-03-10'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
  })

  it('refuses an application dated before the liquidation it follows ended', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), started('2023-03-03'), completed(1, '2023-04-30')])
    const result = await ledger.safeAppend(applied('2023-04-29'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'deregistration_without_liquidation' }],
    })
  })

  it('refuses an application with no liquidation on record', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    const result = await ledger.safeAppend(applied('2023-04-29'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'deregistration_without_liquidation' }],
    })
  })

  it('refuses a second liquidation while the first is running or not applied for', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), started('2023-03-03')])
    const running = await ledger.safeAppend(started('2023-04-01'))
    expect(running).toMatchObject({
      success: false,
      issues: [{ code: 'liquidation_in_progress', path: ['type'] }],
    })
    await ledger.append(completed(1, '2023-04-30'))
    const ended = await ledger.safeAppend(started('2023-05-02'))
    expect(ended).toMatchObject({ success: false, issues: [{ code: 'liquidation_in_progress' }] })
  })

  it('refuses both in one batch', async () => {
    const { ledger } = newLedger()
    const result = await ledger.safeAppend([
      registration(GROUP),
      started('2023-03-03'),
      started('2023-03-04'),
    ])
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'liquidation_in_progress', path: [2, 'type'] }],
    })
  })

  it('takes a new liquidation once the last was applied for, and the application lands on the ended one', async () => {
    const { ledger } = newLedger()
    await ledger.append([
      registration(GROUP),
      started('2023-03-03'),
      completed(1, '2023-04-30'),
      applied('2023-05-05'),
      started('2023-06-01'),
    ])
    const file = await ledger.creditFile(GROUP)
    expect(file.liquidations.map((item) => [item.startedOn, item.appliedOn])).toEqual([
      ['2023-03-03', '2023-05-05'],
      ['2023-06-01', null],
    ])
  })

  it('refuses a second end of the same liquidation, and takes one once the first is retracted', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), started('2023-03-03'), completed(1, '2023-04-30')])
    const result = await ledger.safeAppend(completed(1, '2023-05-02'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'liquidation_already_completed', path: ['amends'] }],
    })
    await ledger.append(retracted(2))
    await ledger.append(completed(1, '2023-05-02'))
    const file = await ledger.creditFile(GROUP)
    expect(file.liquidations[0]?.completedOn).toBe('2023-05-02')
  })
})
