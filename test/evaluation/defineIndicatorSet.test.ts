import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defineIndicatorSet } from '../../src/evaluation/defineIndicatorSet'
import { type Grade, grades } from '../../src/evaluation/grades'
import type { Indicator, IndicatorSet } from '../../src/evaluation/indicatorSet'
import { indicatorSet, townSet } from './indicatorSets'

/** `set` with one indicator changed. */
function withIndicator(
  set: IndicatorSet,
  category: number,
  index: number,
  change: Partial<Indicator>,
): IndicatorSet {
  return {
    ...set,
    categories: set.categories.map((c, i) =>
      i !== category
        ? c
        : {
            ...c,
            indicators: c.indicators.map((indicator, j) =>
              j === index ? { ...indicator, ...change } : indicator,
            ),
          },
    ),
  }
}

function issuesOf(set: unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    defineIndicatorSet(set as IndicatorSet)
  } catch (error) {
    expect(error).toMatchObject({ name: 'LedgerError', code: 'INVALID_INPUT' })
    return (error as { issues: { code: string; path: (string | number)[] }[] }).issues.map(
      ({ code, path }) => ({ code, path }),
    )
  }
  return []
}

describe('defineIndicatorSet', () => {
  it('returns a sound set frozen, with what it was given', () => {
    const set = defineIndicatorSet(townSet)
    expect(set).toEqual(townSet)
    expect(Object.isFrozen(set.categories[0]?.indicators[0])).toBe(true)
  })

  it('accepts every set whose indicators make 1000 points and whose bands rise with the grade', () => {
    fc.assert(
      fc.property(indicatorSet, (set) => {
        expect(issuesOf(set)).toEqual([])
      }),
    )
  })

  it('refuses indicators that do not add up to exactly 1000 points', () => {
    const short = withIndicator(townSet, 1, 1, { maxPoints: 240 })
    expect(issuesOf(short)).toEqual([{ code: 'indicator_sum', path: ['categories'] }])
  })

  it('always refuses a set whose points are off 1000, whatever the rest', () => {
    fc.assert(
      fc.property(indicatorSet, fc.integer({ min: -50, max: 50 }), (set, change) => {
        fc.pre(change !== 0)
        const indicator = set.categories[0]?.indicators[0]
        fc.pre(indicator !== undefined && indicator.maxPoints + change > 0)
        const changed = withIndicator(set, 0, 0, { maxPoints: indicator.maxPoints + change })
        expect(issuesOf(changed)).toContainEqual({ code: 'indicator_sum', path: ['categories'] })
      }),
    )
  })

  it('always refuses two bands that share a score', () => {
    fc.assert(
      fc.property(
        indicatorSet,
        fc.subarray([...grades], { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 0, max: 1000 }),
        (set, [lower, higher], score) => {
          const bands = {
            ...set.bands,
            [lower as Grade]: { min: Math.max(0, score - 10), max: score },
            [higher as Grade]: { min: score, max: Math.min(1000, score + 10) },
          }
          expect(issuesOf({ ...set, bands })).toContainEqual({
            code: 'bands_overlap',
            path: ['bands', higher as Grade],
          })
        },
      ),
    )
  })

  it('refuses the overlap EV-27 writes at 950 when 5A takes "950以上" literally', () => {
    const bands = { ...townSet.bands, '4A': { min: 901, max: 950 }, '5A': { min: 950, max: 1000 } }
    expect(issuesOf({ ...townSet, bands })).toEqual([
      { code: 'bands_overlap', path: ['bands', '5A'] },
    ])
  })

  it('refuses a higher grade banded below a lower one, and bands off the scale or upside down', () => {
    expect(
      issuesOf({
        ...townSet,
        bands: { '3A': { min: 900, max: 1000 }, '4A': { min: 800, max: 899 } },
      }),
    ).toEqual([{ code: 'bands_out_of_order', path: ['bands', '4A'] }])
    expect(
      issuesOf({
        ...townSet,
        bands: { '3A': { min: -1, max: 500 }, '4A': { min: 900, max: 1001 } },
      }),
    ).toEqual([
      { code: 'band_outside_scale', path: ['bands', '3A'] },
      { code: 'band_outside_scale', path: ['bands', '4A'] },
    ])
    expect(issuesOf({ ...townSet, bands: { '3A': { min: 900, max: 850 } } })).toEqual([
      { code: 'band_inverted', path: ['bands', '3A', 'max'] },
    ])
  })

  it('refuses an id used twice, an end of effect before the start, and a set without bands', () => {
    const twice = withIndicator(townSet, 1, 1, { id: 'basic.charter' })
    expect(issuesOf(twice)).toEqual([
      { code: 'duplicate_id', path: ['categories', 1, 'indicators', 1, 'id'] },
    ])
    expect(issuesOf({ ...townSet, effective: { from: '2024-01-01', to: '2024-01-01' } })).toEqual([
      { code: 'effective_inverted', path: ['effective', 'to'] },
    ])
    expect(issuesOf({ ...townSet, bands: {} })).toEqual([{ code: 'no_bands', path: ['bands'] }])
  })

  it('refuses a malformed set with zod’s issues at the field', () => {
    expect(issuesOf({ ...townSet, local: 'yes' })).toEqual([
      { code: 'invalid_type', path: ['local'] },
    ])
    expect(issuesOf({ ...townSet, orgKinds: ['community_group'] })).toEqual([
      { code: 'invalid_value', path: ['orgKinds', 0] },
    ])
    expect(issuesOf(null)).toEqual([{ code: 'invalid_type', path: [] }])
  })
})
