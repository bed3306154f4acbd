import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { annualReport, GROUP, newLedger, registration, SERVICE, snapshot } from './fixtures'

const correction = (amends: number, fields: Record<string, unknown>): EntryInput =>
  ({
    org: GROUP,
    type: 'EntryCorrected',
    effectiveAt: '2018-01-10',
    by: '上海市金山区民政局',
    amends,
    data: { fields, reason: '登记错误' },
  }) as EntryInput

async function reported() {
  const made = newLedger()
  await made.ledger.append(registration(GROUP))
  await made.ledger.append(annualReport(GROUP, 2016))
  return made
}

describe('ledger.safeAppend with an EntryCorrected', () => {
  it('refuses a misspelt field and names it inside the correction', async () => {
    const { ledger, store } = await reported()
    const before = await snapshot(store)
    const result = await ledger.safeAppend(correction(1, { financial: { income: 1 } }))
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues[0]).toMatchObject({
        code: 'unrecognized_keys',
        path: ['data', 'fields', 'financial'],
      })
    }
    expect(await snapshot(store)).toEqual(before)
  })

  it('refuses a field of the wrong type', async () => {
    const { ledger } = await reported()
    const result = await ledger.safeAppend(correction(1, { year: 'nonsense' }))
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]?.path).toEqual(['data', 'fields', 'year'])
  })

  it('refuses a registration kind outside the enumeration', async () => {
    const { ledger } = await reported()
    const result = await ledger.safeAppend(correction(0, { kind: 'nonsense' }))
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]?.path).toEqual(['data', 'fields', 'kind'])
  })

  it('accepts a valid correction, a correction of it, and a retraction', async () => {
    const { ledger } = await reported()
    await ledger.append(correction(1, { year: 2017 }))
    await ledger.append(correction(2, { reason: '更正说明有误' }))
    const retracted = await ledger.safeAppend({
      org: GROUP,
      type: 'EntryRetracted',
      effectiveAt: '2018-02-01',
      by: '上海市金山区民政局',
      amends: 1,
      data: { ground: 'error', reason: '重复录入' },
    })
    expect(retracted.success).toBe(true)
  })

  it('checks a correction against an entry earlier in the same batch', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    const result = await ledger.safeAppend([
      annualReport(GROUP, 2016),
      correction(1, { year: 'x' }),
    ])
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]?.path).toEqual([1, 'data', 'fields', 'year'])
  })
})

describe('ledger.safeAppend with an ObjectionFiled', () => {
  const objection = (disputes: number[]): EntryInput => ({
    org: GROUP,
    type: 'ObjectionFiled',
    effectiveAt: '2018-03-01',
    by: GROUP,
    data: { disputes, grounds: '年报已按时报送' },
  })

  it('refuses a disputed entry that does not exist or belongs to another organization', async () => {
    const { ledger, store } = await reported()
    await ledger.append(registration(SERVICE))
    const before = await snapshot(store)
    const result = await ledger.safeAppend(objection([1, 99, 2]))
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([
        ['disputes_unknown_entry', ['data', 'disputes', 1]],
        ['disputes_unknown_entry', ['data', 'disputes', 2]],
      ])
    }
    expect(await snapshot(store)).toEqual(before)
    expect((await ledger.safeAppend(objection([1]))).success).toBe(true)
  })

  it('refuses a correction that makes an objection dispute an entry of another organization', async () => {
    const { ledger, store } = await reported()
    await ledger.append(registration(SERVICE))
    await ledger.append(objection([1]))
    const before = await snapshot(store)
    const corrected = (disputes: number[]) => ({
      ...correction(3, { disputes }),
      effectiveAt: '2018-03-02',
    })
    const result = await ledger.safeAppend(corrected([1, 2, 99]))
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([
        ['disputes_unknown_entry', ['data', 'fields', 'disputes', 1]],
        ['disputes_unknown_entry', ['data', 'fields', 'disputes', 2]],
      ])
    }
    expect(await snapshot(store)).toEqual(before)
    expect((await ledger.safeAppend(corrected([0, 1]))).success).toBe(true)
  })
})

describe('ledger.append with an ObjectionFiled', () => {
  it('throws DISPUTES_UNKNOWN_ENTRY for a disputed entry that does not exist', async () => {
    const { ledger } = await reported()
    await expect(
      ledger.append({
        org: GROUP,
        type: 'ObjectionFiled',
        effectiveAt: '2018-03-01',
        by: GROUP,
        data: { disputes: [42], grounds: '年报已按时报送' },
      }),
    ).rejects.toMatchObject({ code: 'DISPUTES_UNKNOWN_ENTRY' })
  })
})
