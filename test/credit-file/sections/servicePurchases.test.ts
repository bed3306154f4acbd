import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file/creditFileOf'
import { at, history } from '../history'

const registered = at('2018-03-01', 'OrganizationRegistered')
const contracted = at('2025-01-02', 'ServicePurchaseContracted', { ref: 'PDMZ-2025-017' })

describe('the service purchases section', () => {
  it('lists a contract with its buyer, mode, amount and period, not yet completed', () => {
    expect(creditFileOf(history(registered, contracted)).servicePurchases).toEqual([
      {
        seq: 1,
        on: '2025-01-02',
        buyer: '上海市浦东新区民政局',
        project: '浦东新区社区养老服务项目',
        mode: 'tender',
        amount: 480000,
        from: '2025-01-01',
        to: '2025-12-31',
        completedOn: null,
        completionSeq: null,
        result: null,
        rating: null,
      },
    ])
  })

  it('completes the contract the completion amends, with its acceptance result', () => {
    const file = creditFileOf(
      history(registered, contracted, at('2026-01-20', 'ServicePurchaseCompleted', { amends: 1 })),
    )
    expect(file.servicePurchases[0]).toMatchObject({
      completedOn: '2026-01-20',
      completionSeq: 2,
      result: 'accepted',
      rating: '优秀',
    })
  })

  it('does not show a completion before the day it takes effect', () => {
    const entries = history(
      registered,
      contracted,
      at('2026-01-20', 'ServicePurchaseCompleted', { amends: 1, data: { result: 'not_accepted' } }),
    )
    expect(creditFileOf(entries, { asOf: '2026-01-19' }).servicePurchases[0]?.result).toBeNull()
    expect(creditFileOf(entries).servicePurchases[0]?.result).toBe('not_accepted')
  })
})
