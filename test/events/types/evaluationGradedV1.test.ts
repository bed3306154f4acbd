import { describe, expect, it } from 'vitest'
import { entryTypes } from '../../../src/events/catalogue'
import { evaluationGradedV1ToV2 } from '../../../src/events/types/evaluationGradedV1'

const v1 = {
  grade: 'AAAAA',
  score: 962,
  evaluator: '民政部社会组织评估委员会',
  evaluatorType: 'panel',
  evaluationKind: 'comprehensive',
  announcedOn: '2019-12-20',
  validUntil: '2024-12-19',
}

describe('evaluationGradedV1ToV2', () => {
  it('writes the letter grade as 5A and keeps both ends of validity', () => {
    expect(evaluationGradedV1ToV2(v1)).toEqual({
      score: 962,
      evaluator: '民政部社会组织评估委员会',
      evaluatorType: 'panel',
      evaluationKind: 'comprehensive',
      announcedOn: '2019-12-20',
      grade: '5A',
      validFrom: '2019-12-20',
      validTo: '2024-12-19',
    })
  })

  it('gives a payload that the version 2 schema accepts', () => {
    for (const grade of ['A', 'AA', 'AAA', 'AAAA', 'AAAAA']) {
      const lifted = evaluationGradedV1ToV2({ ...v1, grade })
      expect(entryTypes.EvaluationGraded.data.safeParse(lifted).success).toBe(true)
    }
  })

  it('passes anything that is not a version 1 payload on for the schema to reject', () => {
    expect(evaluationGradedV1ToV2('AAAAA')).toBe('AAAAA')
    expect(evaluationGradedV1ToV2(null)).toBeNull()
    const lifted = evaluationGradedV1ToV2({ ...v1, grade: 'AAAAAA' })
    expect(entryTypes.EvaluationGraded.data.safeParse(lifted).success).toBe(false)
  })
})
