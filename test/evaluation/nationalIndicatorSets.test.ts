import { describe, expect, it } from 'vitest'
import { nationalIndicatorSets } from '../../src/evaluation/nationalIndicatorSets'

describe('nationalIndicatorSets', () => {
  it('holds EV-03’s categories: comprehensive for groups and foundations, standardisation for 民非', () => {
    expect(
      nationalIndicatorSets.map((set) => ({
        kind: set.evaluationKind,
        orgKinds: set.orgKinds,
        categories: set.categories.map((category) => category.title.zh),
      })),
    ).toEqual([
      {
        kind: 'comprehensive',
        orgKinds: ['social_group', 'foundation'],
        categories: ['基础条件', '内部治理', '工作绩效', '社会评价'],
      },
      {
        kind: 'standardisation',
        orgKinds: ['social_service_organization'],
        categories: ['基础条件', '内部治理', '业务活动和诚信建设', '社会评价'],
      },
    ])
  })

  it('marks every set local, and says so in its notes, since the points and bands are local practice', () => {
    for (const set of nationalIndicatorSets) {
      expect(set.local).toBe(true)
      expect(set.id.endsWith('-local')).toBe(true)
      expect(set.notes).toMatch(/^Local practice, not national law/)
      expect(set.notes).toMatch(/950 is 4A/)
      expect(set.notes).toMatch(/751–800/)
    }
  })

  it('scores every set out of 1000 points, from 2011-03-01 on', () => {
    for (const set of nationalIndicatorSets) {
      const points = set.categories.flatMap((c) => c.indicators).map((i) => i.maxPoints)
      expect(points.reduce((a, b) => a + b, 0)).toBe(1000)
      expect(set.effective).toEqual({ from: '2011-03-01' })
    }
  })

  it('is frozen, so no caller can change the defaults for everyone', () => {
    expect(Object.isFrozen(nationalIndicatorSets)).toBe(true)
    expect(Object.isFrozen(nationalIndicatorSets[0]?.bands['3A'])).toBe(true)
  })
})
