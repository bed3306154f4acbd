import fc from 'fast-check'
import { type Grade, grades } from '../../src/evaluation/grades'
import type { IndicatorCategory, IndicatorSet, ScoreBand } from '../../src/evaluation/indicatorSet'

/** A small, sound comprehensive set: two categories, 1000 points, bands for 3A to 5A. */
export const townSet: IndicatorSet = {
  id: 'town-comprehensive-2024',
  title: { zh: '镇级综合评估指标', en: 'Town comprehensive indicators' },
  effective: { from: '2024-01-01', to: '2027-01-01' },
  evaluationKind: 'comprehensive',
  orgKinds: ['social_group'],
  source: { zh: '某镇评估实施方案', en: 'A town’s evaluation scheme' },
  local: true,
  categories: [
    {
      id: 'basic',
      title: { zh: '基础条件', en: 'Basic conditions' },
      indicators: [{ id: 'basic.charter', title: { zh: '章程', en: 'Charter' }, maxPoints: 400 }],
    },
    {
      id: 'work',
      title: { zh: '工作绩效', en: 'Performance' },
      indicators: [
        { id: 'work.services', title: { zh: '提供服务', en: 'Services' }, maxPoints: 350 },
        { id: 'work.honours', title: { zh: '获奖', en: 'Honours' }, maxPoints: 250 },
      ],
    },
  ],
  bands: {
    '3A': { min: 700, max: 799 },
    '4A': { min: 800, max: 899 },
    '5A': { min: 900, max: 1000 },
  },
}

/** The ways to split 1000 points among `count` indicators, each at least 1. */
function pointSplit(count: number): fc.Arbitrary<number[]> {
  if (count === 1) return fc.constant([1000])
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => {
      const sorted = [0, ...cuts.sort((a, b) => a - b), 1000]
      return sorted.slice(1).map((cut, i) => cut - (sorted[i] as number))
    })
}

const categoriesArbitrary: fc.Arbitrary<IndicatorCategory[]> = fc
  .integer({ min: 1, max: 12 })
  .chain((count) => fc.tuple(pointSplit(count), fc.integer({ min: 1, max: Math.min(4, count) })))
  .map(([points, categories]) =>
    Array.from({ length: categories }, (_, c) => ({
      id: `c${c}`,
      title: { zh: `类别${c}`, en: `Category ${c}` },
      indicators: points
        .map((maxPoints, i) => ({ maxPoints, i }))
        .filter(({ i }) => i % categories === c)
        .map(({ maxPoints, i }) => ({
          id: `c${c}.i${i}`,
          title: { zh: `指标${i}`, en: `Indicator ${i}` },
          maxPoints,
        })),
    })),
  )

/** Bands for some grades, each higher grade wholly above the lower ones, inside 0..1000. */
const bandsArbitrary: fc.Arbitrary<{ [G in Grade]?: ScoreBand }> = fc
  .subarray([...grades], { minLength: 1 })
  .chain((chosen) =>
    fc
      .uniqueArray(fc.integer({ min: 0, max: 1000 }), {
        minLength: chosen.length * 2,
        maxLength: chosen.length * 2,
      })
      .map((ends) => {
        const sorted = ends.sort((a, b) => a - b)
        return Object.fromEntries(
          chosen.map((grade, i) => [
            grade,
            { min: sorted[2 * i] as number, max: sorted[2 * i + 1] as number },
          ]),
        )
      }),
  )

/** A sound indicator set. */
export const indicatorSet: fc.Arbitrary<IndicatorSet> = fc
  .record({ categories: categoriesArbitrary, bands: bandsArbitrary })
  .map(({ categories, bands }) => ({ ...townSet, categories, bands }))
