import { describe, expect, it } from 'vitest'
import {
  evaluationLedger,
  evaluationSteps,
  graded,
  recorded,
  refused,
  scoreSheet,
  step,
  wholeEvaluation,
} from './evaluationFixtures'
import { GROUP, registration, SERVICE } from './fixtures'

const { applied, eligible, assigned, scored, noticed } = evaluationSteps()

describe('ledger.append: opening an evaluation', () => {
  it('accepts a whole evaluation, one step at a time, from application to certificate', async () => {
    const { ledger } = await recorded(wholeEvaluation())
    const file = await ledger.creditFile(GROUP)
    expect(file.evaluations).toHaveLength(1)
    expect(file.evaluations[0]).toMatchObject({ outcome: 'graded', grade: '4A' })
    expect(file.grade).toMatchObject({ grade: '4A', certificate: 9 })
  })

  it('accepts the same evaluation in one batch with the registration', async () => {
    const { ledger } = evaluationLedger()
    const result = await ledger.safeAppend([registration(GROUP), ...wholeEvaluation()])
    expect(result.success).toBe(true)
  })

  it('refuses a step when no evaluation is open, with no_open_evaluation', async () => {
    const { ledger } = await recorded([])
    const issues = await refused(ledger, scored)
    expect(issues).toMatchObject([{ code: 'no_open_evaluation', path: ['type'] }])
  })

  it('refuses a second application while one is open, and accepts one after the first ended', async () => {
    const { ledger } = await recorded([applied])
    const again = step(GROUP, 'EvaluationApplied', '2025-04-01', {
      evaluationKind: 'comprehensive',
      occasion: 'initial',
    })
    expect(await refused(ledger, again)).toMatchObject([{ code: 'evaluation_open' }])
    await ledger.append(step(GROUP, 'EvaluationConcluded', '2025-03-15', { reason: 'withdrawn' }))
    expect((await ledger.safeAppend(again)).success).toBe(true)
  })

  it('refuses the comprehensive evaluation for a social service organization (EV-03) and takes the standardisation one', async () => {
    const { ledger } = await recorded([], SERVICE)
    const comprehensive = step(SERVICE, 'EvaluationApplied', '2025-03-01', {
      evaluationKind: 'comprehensive',
      occasion: 'initial',
    })
    expect(await refused(ledger, comprehensive)).toMatchObject([
      { code: 'evaluation_kind_mismatch', path: ['data', 'evaluationKind'] },
    ])
    const standardisation = step(SERVICE, 'EvaluationApplied', '2025-03-01', {
      evaluationKind: 'standardisation',
      occasion: 'initial',
    })
    expect((await ledger.safeAppend(standardisation)).success).toBe(true)
  })

  it('refuses a step out of order: a score sheet after the public notice', async () => {
    const { ledger } = await recorded([applied, eligible, assigned, noticed])
    const late = step(GROUP, 'EvaluationScored', '2025-07-02', scoreSheet(918))
    const issues = await refused(ledger, late)
    expect(issues).toMatchObject([{ code: 'out_of_order', path: ['type'] }])
    expect(issues[0]?.message).toContain('public notice')
  })

  it('refuses a step dated before the last step, and accepts one on the same day', async () => {
    const { ledger } = await recorded([applied, eligible])
    const early = { ...assigned, effectiveAt: '2025-03-19' }
    expect(await refused(ledger, early)).toMatchObject([
      { code: 'out_of_order', path: ['effectiveAt'] },
    ])
    expect((await ledger.safeAppend({ ...assigned, effectiveAt: '2025-03-20' })).success).toBe(true)
  })

  it('ends the evaluation when the organization is found not eligible', async () => {
    const notEligible = step(GROUP, 'EvaluationEligibilityDecided', '2025-03-20', {
      eligible: false,
      reasons: ['penalised'],
      department: '上海市民政局',
    })
    const { ledger } = await recorded([applied, notEligible])
    expect(await refused(ledger, assigned)).toMatchObject([{ code: 'no_open_evaluation' }])
    const file = await ledger.creditFile(GROUP)
    expect(file.evaluations[0]).toMatchObject({ outcome: 'not_eligible', endSeq: 2 })
  })

  it('refuses a panel whose members are not named beside the entry, one person per seat', async () => {
    const { ledger } = await recorded([applied, eligible])
    const { personal: _people, ...unnamed } = assigned as typeof assigned & { personal?: unknown }
    expect(await refused(ledger, unnamed as typeof assigned)).toMatchObject([
      { code: 'panel_people_mismatch', path: ['personal'] },
    ])
    const short = { ...assigned, personal: [{ role: 'expert', name: '周建华' }] }
    expect(await refused(ledger, short)).toMatchObject([{ code: 'panel_people_mismatch' }])
  })

  it('accepts a third party by its name and a valid USCC, with no one named', async () => {
    const { ledger } = await recorded([applied, eligible])
    const third = step(GROUP, 'EvaluatorAssigned', '2025-04-10', {
      evaluator: { type: 'third_party', name: '上海浦江社会组织评估中心', uscc: SERVICE },
    })
    expect((await ledger.safeAppend(third)).success).toBe(true)
    const file = await ledger.creditFile(GROUP)
    expect(file.evaluations[0]?.evaluator).toMatchObject({ type: 'third_party', uscc: SERVICE })
  })

  it('refuses a notice whose score is not the score sheet’s total', async () => {
    const { ledger } = await recorded([applied, eligible, assigned, scored])
    const wrong = step(GROUP, 'EvaluationResultNoticed', '2025-07-01', {
      proposedGrade: '4A',
      score: 917,
      period: { from: '2025-07-01', to: '2025-07-07' },
    })
    expect(await refused(ledger, wrong)).toMatchObject([
      { code: 'score_mismatch', path: ['data', 'score'] },
    ])
  })
})

describe('ledger.append: grades and the procedure', () => {
  it('still accepts a grade with no evaluation open, as migrated records have', async () => {
    const { ledger } = await recorded([graded(GROUP, '2019-06-01', '3A')])
    const file = await ledger.creditFile(GROUP)
    expect(file.evaluations).toMatchObject([{ seq: 1, openedBy: null, outcome: 'graded' }])
  })

  it('closes the open evaluation with the grade, and refuses a grade of another kind', async () => {
    const { ledger } = await recorded([applied, eligible, assigned, scored, noticed])
    expect(
      await refused(ledger, graded(GROUP, '2025-08-01', '4A', 'standardisation')),
    ).toMatchObject([{ code: 'evaluation_mismatch', path: ['data', 'evaluationKind'] }])
    await ledger.append(graded(GROUP, '2025-08-01', '4A'))
    const file = await ledger.creditFile(GROUP)
    expect(file.evaluations[0]).toMatchObject({ outcome: 'graded', endSeq: 6, grade: '4A' })
  })

  it('refuses a grade back-dated before the last step once the procedure is on record', async () => {
    const { ledger } = await recorded([applied, eligible])
    expect(await refused(ledger, graded(GROUP, '2025-03-10', '4A'))).toMatchObject([
      { code: 'out_of_order', path: ['effectiveAt'] },
    ])
  })

  it('lets a retracted application go, so a new one opens', async () => {
    const { ledger } = await recorded([applied])
    await ledger.append({
      org: GROUP,
      type: 'EntryRetracted',
      effectiveAt: '2025-03-02',
      by: '上海市民政局',
      amends: 1,
      data: { ground: 'error', reason: '误录' },
    })
    expect((await ledger.safeAppend({ ...applied, effectiveAt: '2025-02-20' })).success).toBe(true)
  })
})
