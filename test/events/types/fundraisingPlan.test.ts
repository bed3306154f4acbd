import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fundraisingPlanFiled } from '../../../src/events/types/fundraisingPlan'
import { addDaysIso } from '../../../src/time'

const plan = (emergencyPhaseTo: string) => ({
  title: '防汛救灾紧急募捐',
  period: { from: '2025-07-01', to: '2025-12-31' },
  emergency: true,
  emergencyPhaseTo,
  filedWith: '上海市民政局',
})

describe('fundraisingPlanFiled', () => {
  it('accepts an emergency phase that ends on the campaign’s last day', () => {
    expect(fundraisingPlanFiled.data.safeParse(plan('2025-12-31')).success).toBe(true)
  })

  it('refuses an emergency phase that ends the day after the campaign (CH-04 near miss)', () => {
    const result = fundraisingPlanFiled.data.safeParse(plan('2026-01-01'))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['emergencyPhaseTo'])
  })

  it('accepts an emergency phase exactly when it ends within the campaign', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 220 }), (offset) => {
        const phaseTo = addDaysIso('2025-07-01', offset)
        const inside = phaseTo >= '2025-07-01' && phaseTo <= '2025-12-31'
        expect(fundraisingPlanFiled.data.safeParse(plan(phaseTo)).success).toBe(inside)
      }),
    )
  })
})
