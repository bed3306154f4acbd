import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { newLedger, registration, SERVICE } from './fixtures'

const BUYER = '上海市金山区民政局'

const contracted = (amount = 480000): EntryInput =>
  ({
    org: SERVICE,
    type: 'ServicePurchaseContracted',
    effectiveAt: '2022-12-20',
    by: BUYER,
    data: {
      buyer: BUYER,
      project: '金山区社区养老服务项目',
      mode: 'tender',
      amount,
      period: { from: '2023-01-01', to: '2023-12-31' },
    },
  }) as EntryInput

const completed = (effectiveAt: string): EntryInput =>
  ({
    org: SERVICE,
    type: 'ServicePurchaseCompleted',
    effectiveAt,
    by: BUYER,
    amends: 1,
    data: { result: 'accepted' },
  }) as EntryInput

async function withContract() {
  const { ledger } = newLedger()
  await ledger.append([registration(SERVICE), contracted()])
  return ledger
}

describe('ledger.safeAppend with a government service purchase', () => {
  it('refuses a completion before the service period starts as completed_before_service', async () => {
    const ledger = await withContract()
    const result = await ledger.safeAppend(completed('2022-12-31'))
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues).toEqual([
        expect.objectContaining({ code: 'completed_before_service', path: ['effectiveAt'] }),
      ])
    }
  })

  it('accepts a completion on the first day of the service period (near miss)', async () => {
    const ledger = await withContract()
    expect((await ledger.safeAppend(completed('2023-01-01'))).success).toBe(true)
  })

  it('refuses a contract of no amount, and accepts one of 1 yuan', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(SERVICE))
    const free = await ledger.safeAppend(contracted(0))
    expect(free.success).toBe(false)
    if (!free.success) {
      expect(free.issues[0]).toMatchObject({ code: 'too_small', path: ['data', 'amount'] })
    }
    expect((await ledger.safeAppend(contracted(1))).success).toBe(true)
  })
})
