import { describe, expect, it } from 'vitest'
import { indicatorSetInForce } from '../../src/evaluation/indicatorSetInForce'
import { nationalIndicatorSets } from '../../src/evaluation/nationalIndicatorSets'
import { townSet } from './indicatorSets'

describe('indicatorSetInForce', () => {
  it('finds the set for the kind of evaluation, and of organization, on the day', () => {
    const on = '2024-06-01'
    expect(
      indicatorSetInForce(nationalIndicatorSets, { evaluationKind: 'standardisation', on })?.id,
    ).toBe('cn-standardisation-2011-local')
    expect(
      indicatorSetInForce(nationalIndicatorSets, {
        evaluationKind: 'comprehensive',
        orgKind: 'foundation',
        on,
      })?.id,
    ).toBe('cn-comprehensive-2011-local')
  })

  it('finds none before a set takes effect, from its end on, or for a kind it does not cover', () => {
    const query = { evaluationKind: 'comprehensive', orgKind: 'social_group' } as const
    expect(indicatorSetInForce([townSet], { ...query, on: '2023-12-31' })).toBeNull()
    expect(indicatorSetInForce([townSet], { ...query, on: '2024-01-01' })?.id).toBe(townSet.id)
    expect(indicatorSetInForce([townSet], { ...query, on: '2026-12-31' })?.id).toBe(townSet.id)
    expect(indicatorSetInForce([townSet], { ...query, on: '2027-01-01' })).toBeNull()
    expect(
      indicatorSetInForce([townSet], { ...query, orgKind: 'foundation', on: '2025-01-01' }),
    ).toBeNull()
    expect(indicatorSetInForce(nationalIndicatorSets, { ...query, on: '2011-02-28' })).toBeNull()
  })

  it('refuses to choose between two sets that both match', () => {
    expect(() =>
      indicatorSetInForce([...nationalIndicatorSets, townSet], {
        evaluationKind: 'comprehensive',
        on: '2025-01-01',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ code: 'sets_overlap', path: ['sets'] })],
      }),
    )
  })

  it('refuses a malformed query, naming the field', () => {
    expect(() =>
      indicatorSetInForce(nationalIndicatorSets, {
        evaluationKind: 'comprehensive',
        on: '2024-13-01',
      }),
    ).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['query', 'on'] })] }),
    )
  })
})
