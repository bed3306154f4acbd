import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import { defineIndicatorSet, nationalIndicatorSets } from '../../src/evaluation'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import { evaluationSteps, graded, recorded, refused, scoreSheet, step } from './evaluationFixtures'
import { GROUP, registration } from './fixtures'

describe('ledger.append: scores against the indicator sets (EV-27)', () => {
  it('refuses a 3A grade scored 955, naming the grade, its band, the score and the set', async () => {
    const { ledger } = await recorded([])
    const wrong = graded(GROUP, '2024-06-01', '3A')
    const issues = await refused(ledger, { ...wrong, data: { ...wrong.data, score: 955 } } as never)
    expect(issues).toMatchObject([{ code: 'score_outside_band', path: ['data', 'score'] }])
    expect(issues[0]?.message).toBe(
      'a 3A grade needs 851–900 points under cn-comprehensive-2011-local; 955 is not in it',
    )
  })

  it('takes the same grade at the edges of its band, and a grade with no score', async () => {
    for (const score of [851, 900]) {
      const { ledger } = await recorded([])
      const edge = graded(GROUP, '2024-06-01', '3A')
      const result = await ledger.safeAppend({ ...edge, data: { ...edge.data, score } } as never)
      expect(result.success, `score ${score}`).toBe(true)
    }
    const { ledger } = await recorded([])
    const plain = graded(GROUP, '2024-06-01', '3A')
    const { score: _, ...data } = plain.data as Record<string, unknown>
    expect((await ledger.safeAppend({ ...plain, data } as never)).success).toBe(true)
  })

  it('refuses a preliminary result whose proposed grade does not fit its score', async () => {
    const { applied, eligible, assigned, noticed } = evaluationSteps()
    const { ledger } = await recorded([
      applied,
      eligible,
      assigned,
      step(GROUP, 'EvaluationScored', '2025-06-15', scoreSheet(880)),
    ])
    const issues = await refused(ledger, {
      ...noticed,
      data: { ...noticed.data, proposedGrade: '4A', score: 880 },
    } as never)
    expect(issues.map((issue) => issue.code)).toContain('score_outside_band')
  })

  it('refuses a score sheet naming a set the ledger does not hold, or scoring above a maximum', async () => {
    const { applied, eligible, assigned } = evaluationSteps()
    const { ledger } = await recorded([applied, eligible, assigned])
    const unknown = step(GROUP, 'EvaluationScored', '2025-06-15', {
      ...scoreSheet(918),
      indicatorSet: 'sh-2025-comprehensive',
    })
    expect(await refused(ledger, unknown)).toMatchObject([
      { code: 'unknown_indicator_set', path: ['data', 'indicatorSet'] },
    ])
    // 31 points where the first indicator allows 30, one fewer on the second: the total holds.
    const sheet = scoreSheet(918)
    const [first, second] = Object.keys(sheet.points) as [string, string]
    const over = {
      ...sheet.points,
      [first]: 31,
      [second]: (sheet.points[second] as number) - (31 - (sheet.points[first] as number)),
    }
    const issues = await refused(
      ledger,
      step(GROUP, 'EvaluationScored', '2025-06-15', { ...sheet, points: over }),
    )
    expect(issues.map((issue) => issue.path.join('.'))).toContain(`data.points.${first}`)
  })

  it('holds scores to the sets a ledger is given instead of the shipped ones', async () => {
    const [comprehensive] = nationalIndicatorSets
    if (comprehensive === undefined) throw new Error('no set')
    const strict = defineIndicatorSet({
      ...comprehensive,
      id: 'town-comprehensive-2024',
      bands: { ...comprehensive.bands, '3A': { min: 870, max: 900 }, '2A': { min: 801, max: 869 } },
    })
    const ledger = createLedger({
      store: memoryStore(),
      clock: fixedClock('2026-01-05T09:00:00+08:00', 1000),
      indicatorSets: [strict],
    })
    await ledger.append(registration(GROUP))
    const grade = graded(GROUP, '2024-06-01', '3A')
    const issues = await refused(ledger, { ...grade, data: { ...grade.data, score: 860 } } as never)
    expect(issues[0]?.message).toContain('870–900 points under town-comprehensive-2024')
  })

  it('refuses a correction that would move a grade’s score out of its band, or change its kind', async () => {
    const { ledger } = await recorded([graded(GROUP, '2024-06-01', '5A')])
    // Entry 0 is the registration, entry 1 the grade.
    const amending = (fields: Record<string, unknown>) => ({
      ...(step(GROUP, 'EntryCorrected', '2024-07-01', { fields, reason: '更正' }) as object),
      amends: 1,
    })
    expect(await refused(ledger, amending({ score: 500 }) as never)).toMatchObject([
      { code: 'score_outside_band', path: ['data', 'fields', 'score'] },
    ])
    expect(
      await refused(ledger, amending({ evaluationKind: 'standardisation' }) as never),
    ).toMatchObject([
      { code: 'evaluation_kind_mismatch', path: ['data', 'fields', 'evaluationKind'] },
    ])
    expect((await ledger.safeAppend(amending({ score: 975.5 }) as never)).success).toBe(true)
  })

  it('puts a score with a fraction in the band of its whole points', async () => {
    const { ledger } = await recorded([])
    const grade = graded(GROUP, '2024-06-01', '4A')
    const result = await ledger.safeAppend({
      ...grade,
      data: { ...grade.data, score: 950.5 },
    } as never)
    expect(result.success).toBe(true)
  })
})
