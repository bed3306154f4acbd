import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EvaluationView } from '../../src/credit-file'
import { grades } from '../../src/evaluation'
import type { EntryInput } from '../../src/ledger/entryInput'
import { addDaysIso } from '../../src/time'
import { evaluationLedger, graded, PANEL_PEOPLE, REGISTRAR, step } from './evaluationFixtures'
import { GROUP, registration } from './fixtures'

// Random streams of evaluation entries, each appended on its own: whatever the ledger accepts,
// the credit file shows one evaluation open at most, its steps in order and in time.

const KINDS = 13

function input(kind: number, day: string, variant: number): EntryInput {
  const grade = grades[variant % grades.length] ?? '3A'
  switch (kind) {
    case 0:
      return step(GROUP, 'EvaluationApplied', day, {
        evaluationKind: variant % 7 === 0 ? 'standardisation' : 'comprehensive',
        occasion: 'initial',
      })
    case 1:
      return variant % 3 === 0
        ? step(GROUP, 'EvaluationEligibilityDecided', day, {
            eligible: false,
            reasons: ['penalised'],
            department: REGISTRAR,
          })
        : step(GROUP, 'EvaluationEligibilityDecided', day, {
            eligible: true,
            department: REGISTRAR,
          })
    case 2:
      return step(
        GROUP,
        'EvaluatorAssigned',
        day,
        {
          evaluator: {
            type: 'panel',
            committee: '上海市社会组织评估委员会',
            members: [{ role: 'registrar' }, { role: 'business_guidance' }, { role: 'expert' }],
          },
        },
        PANEL_PEOPLE,
      )
    case 3:
      return step(GROUP, 'EvaluationScored', day, {
        indicatorSet: 'sh',
        points: { all: 900 },
        total: 900,
      })
    case 4:
      return step(GROUP, 'EvaluationResultNoticed', day, {
        proposedGrade: grade,
        period: { from: day, to: addDaysIso(day, variant % 10) },
      })
    case 5:
      return step(GROUP, 'EvaluationReviewRequested', day, { reason: '申请复核' })
    case 6:
      return step(GROUP, 'EvaluationReviewAnswered', day, {
        outcome: 'maintained',
        answeredBy: variant % 2 === 0 ? 'review_committee' : 'evaluation_committee',
      })
    case 7:
      return graded(GROUP, day, grade)
    case 8:
      return step(GROUP, 'EvaluationConcluded', day, { reason: 'withdrawn' })
    case 9:
      return step(GROUP, 'EvaluationCertificateIssued', day, {
        grade,
        number: `证${variant}`,
        plaque: true,
      })
    case 10:
      return step(GROUP, 'EvaluationCertificateReturned', day, { plaque: true })
    case 11:
      return step(GROUP, 'GradeCancelled', day, { ground: 'penalty', department: REGISTRAR })
    default:
      return step(GROUP, 'EvaluationInitiated', day, {
        evaluationKind: 'comprehensive',
        occasion: variant % 2 === 0 ? 'tracking' : 'verification',
        department: REGISTRAR,
      })
  }
}

// Mostly the next step of a whole evaluation (application to certificate, a cancellation and
// the return, then a verification), now and then any step at all.
const SCRIPT = [0, 1, 2, 3, 4, 5, 6, 7, 9, 11, 10, 12, 2, 3, 4, 7, 8]

const stream = fc
  .array(
    fc.record({
      next: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
      kind: fc.nat(KINDS - 1),
      gap: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }) },
        fc.integer({ min: -5, max: 60 }),
      ),
      variant: fc.nat(100),
    }),
    { minLength: 10, maxLength: 40 },
  )
  .map((steps) => {
    let cursor = 0
    return steps.map(({ next, kind, gap, variant }) => {
      const chosen = next ? (SCRIPT[cursor++ % SCRIPT.length] as number) : kind
      return { kind: chosen, gap, variant }
    })
  })

// The days of an evaluation's steps, opening to end, in the procedure's order.
function stepDays(evaluation: EvaluationView): string[] {
  const days = [
    evaluation.on,
    evaluation.eligibility?.on,
    evaluation.evaluator?.on,
    evaluation.score?.on,
    evaluation.notice?.on,
    ...evaluation.reviews.map((review) => review.filedOn),
    evaluation.endedOn,
  ]
  return days.filter((day): day is string => typeof day === 'string')
}

describe('ledger.append: evaluations, whatever is appended', () => {
  it('keeps one evaluation open at most, the last, with its steps in order, reviews in the notice period and certificates for 3A and above', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(730), stream, async (start, steps) => {
        const { ledger } = evaluationLedger(undefined, '2031-01-01T00:00:00Z')
        await ledger.append(registration(GROUP))
        let day = addDaysIso('2024-06-01', start)
        for (const { kind, gap, variant } of steps) {
          day = addDaysIso(day, gap)
          await ledger.safeAppend(input(kind, day, variant))
        }
        const { evaluations } = await ledger.creditFile(GROUP)
        const open = evaluations.filter((evaluation) => evaluation.outcome === 'open')
        expect(open.length).toBeLessThanOrEqual(1)
        if (open.length === 1) expect(evaluations.at(-1)?.outcome).toBe('open')
        for (const [index, evaluation] of evaluations.entries()) {
          const days = stepDays(evaluation)
          expect(days).toEqual([...days].sort())
          const next = evaluations[index + 1]
          if (next !== undefined) expect(evaluation.endedOn ?? '').not.toBe('')
          if (next !== undefined) expect((evaluation.endedOn ?? '') <= next.on).toBe(true)
          for (const review of evaluation.reviews) {
            expect(evaluation.notice?.from).toBeDefined()
            expect(review.filedOn >= (evaluation.notice?.from ?? '')).toBe(true)
            expect(review.filedOn <= (evaluation.notice?.to ?? '')).toBe(true)
          }
          const certified = evaluation.certificate?.grade
          if (certified !== undefined) expect(grades.indexOf(certified)).toBeGreaterThanOrEqual(2)
        }
      }),
      { numRuns: 60 },
    )
  })
})
