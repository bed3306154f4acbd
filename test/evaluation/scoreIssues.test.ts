import { describe, expect, it } from 'vitest'
import { nationalIndicatorSets } from '../../src/evaluation/nationalIndicatorSets'
import { scoreIssues } from '../../src/evaluation/scoreIssues'
import { townSet } from './indicatorSets'

const on = '2024-06-01'

describe('scoreIssues', () => {
  it('refuses a 3A grade scored 955, naming 3A, its band 851–900, the score and the set', () => {
    expect(
      scoreIssues(nationalIndicatorSets, {
        grade: '3A',
        score: 955,
        evaluationKind: 'comprehensive',
        on,
      }),
    ).toEqual([
      {
        code: 'score_outside_band',
        path: ['score'],
        message:
          'a 3A grade needs 851–900 points under cn-comprehensive-2011-local; 955 is not in it',
      },
    ])
  })

  it('accepts a grade whose score lies in its band', () => {
    const scored = { grade: '4A', score: 918, evaluationKind: 'comprehensive', on } as const
    expect(scoreIssues(nationalIndicatorSets, scored)).toEqual([])
  })

  it('says nothing when no set is in force: no band says which scores earn a grade', () => {
    const scored = { grade: '3A', score: 955, evaluationKind: 'comprehensive' } as const
    expect(scoreIssues(nationalIndicatorSets, { ...scored, on: '2010-12-31' })).toEqual([])
    expect(scoreIssues([], { ...scored, on })).toEqual([])
  })

  it('reports a grade the set has no band for', () => {
    const scored = { grade: '1A', score: 500, evaluationKind: 'comprehensive', on } as const
    expect(scoreIssues([townSet], scored)).toMatchObject([
      { code: 'grade_without_band', path: ['grade'] },
    ])
  })

  it('refuses a grade it does not know or a score that is not a number', () => {
    const bad = { grade: '6A', score: 955, evaluationKind: 'comprehensive', on }
    expect(() => scoreIssues(nationalIndicatorSets, bad as never)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['scored', 'grade'] })] }),
    )
  })
})
