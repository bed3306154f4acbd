import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gradeForScore } from '../../src/evaluation/gradeForScore'
import { grades } from '../../src/evaluation/grades'
import { nationalComprehensiveSet } from '../../src/evaluation/nationalComprehensiveSet'
import { scoreIssues } from '../../src/evaluation/scoreIssues'
import { indicatorSet } from './indicatorSets'

describe('gradeForScore', () => {
  it('reads the local bands of EV-27, with 950 as 4A and 1A continuing the 50-point steps', () => {
    const grade = (score: number) => gradeForScore(nationalComprehensiveSet, score)
    expect([1000, 951, 950, 901, 900, 851, 850, 801, 800, 751].map(grade)).toEqual([
      '5A',
      '5A',
      '4A',
      '4A',
      '3A',
      '3A',
      '2A',
      '2A',
      '1A',
      '1A',
    ])
    expect(grade(750)).toBeNull()
    expect(grade(0)).toBeNull()
  })

  it('puts a fraction in the band of its whole points, and refuses a score that is not a number', () => {
    expect(gradeForScore(nationalComprehensiveSet, 900.5)).toBe('3A')
    expect(gradeForScore(nationalComprehensiveSet, 950.99)).toBe('4A')
    expect(gradeForScore(nationalComprehensiveSet, 750.5)).toBeNull()
    expect(() => gradeForScore(nationalComprehensiveSet, Number.NaN)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'invalid_score' })] }),
    )
  })

  it('agrees with scoreIssues: a grade fits a score exactly when the score earns it', () => {
    fc.assert(
      fc.property(
        indicatorSet,
        fc.constantFrom(...grades),
        fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true })),
        (set, grade, score) => {
          const issues = scoreIssues([set], {
            grade,
            score,
            evaluationKind: set.evaluationKind,
            on: set.effective.from,
          })
          expect(issues.length === 0).toBe(gradeForScore(set, score) === grade)
        },
      ),
    )
  })
})
