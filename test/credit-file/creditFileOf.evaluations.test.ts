import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file'
import { entryHistory } from './arbitraries'
import { at, history } from './history'

const procedure = [
  at('2019-03-01', 'OrganizationRegistered'),
  at('2025-03-01', 'EvaluationApplied'),
  at('2025-03-20', 'EvaluationEligibilityDecided'),
  at('2025-04-10', 'EvaluatorAssigned'),
  at('2025-06-15', 'EvaluationScored'),
  at('2025-07-01', 'EvaluationResultNoticed', {
    data: { period: { from: '2025-07-01', to: '2025-07-07' } },
  }),
  at('2025-07-05', 'EvaluationReviewRequested'),
  at('2025-07-18', 'EvaluationReviewAnswered'),
  at('2025-08-01', 'EvaluationGraded', {
    data: { announcedOn: '2025-08-01', validFrom: '2026-01-01', validTo: '2030-12-31' },
  }),
  at('2025-08-20', 'EvaluationCertificateIssued'),
]

describe('creditFileOf: evaluations', () => {
  it('shows a whole evaluation, application to certificate, each step with its day and seq', () => {
    const file = creditFileOf(history(...procedure))
    expect(file.evaluations).toEqual([
      {
        seq: 1,
        on: '2025-03-01',
        kind: 'comprehensive',
        occasion: 'initial',
        openedBy: 'organization',
        eligibility: { seq: 2, on: '2025-03-20', eligible: true, reasons: [] },
        evaluator: {
          seq: 3,
          on: '2025-04-10',
          type: 'panel',
          name: '上海市社会组织评估委员会',
          uscc: null,
          members: ['registrar', 'business_guidance', 'expert'],
        },
        score: {
          seq: 4,
          on: '2025-06-15',
          indicatorSet: 'cn-2026-comprehensive-social-group',
          points: { basic: 62, governance: 268, performance: 430.5, social: 157.5 },
          total: 918,
        },
        notice: {
          seq: 5,
          on: '2025-07-01',
          proposedGrade: '4A',
          score: 918,
          from: '2025-07-01',
          to: '2025-07-07',
        },
        reviews: [
          {
            seq: 6,
            filedOn: '2025-07-05',
            outcome: 'maintained',
            grade: null,
            answeredBy: 'evaluation_committee',
            answeredOn: '2025-07-18',
            answerSeq: 7,
          },
        ],
        outcome: 'graded',
        endedOn: '2025-08-01',
        endSeq: 8,
        grade: '4A',
        conclusion: null,
        certificate: {
          seq: 9,
          issuedOn: '2025-08-20',
          grade: '4A',
          number: '沪评证字第2026-0418号',
          plaque: true,
          recalledOn: null,
          recalledBy: null,
          returnedOn: null,
          returnSeq: null,
        },
      },
    ])
    expect(file.grade).toMatchObject({ grade: '4A', seq: 8, certificate: 9 })
  })

  it('shows the evaluation open as of a day inside it, and the review still waiting', () => {
    const file = creditFileOf(history(...procedure), { asOf: '2025-07-10' })
    expect(file.evaluations[0]).toMatchObject({ outcome: 'open', endedOn: null, certificate: null })
    expect(file.evaluations[0]?.reviews[0]).toMatchObject({ outcome: 'open', answeredOn: null })
    expect(file.grade).toBeNull()
  })

  it('calls the certificate back on a downgrade and takes it back on its return', () => {
    const file = creditFileOf(
      history(
        ...procedure,
        at('2026-04-01', 'GradeDowngraded'),
        at('2026-04-10', 'EvaluationCertificateReturned'),
      ),
    )
    expect(file.evaluations[0]?.certificate).toMatchObject({
      recalledOn: '2026-04-01',
      recalledBy: 10,
      returnedOn: '2026-04-10',
      returnSeq: 11,
    })
    expect(file.grade).toMatchObject({ grade: '3A', certificate: null })
  })

  it('keeps the certificate out, and recalled, after a cancellation', () => {
    const file = creditFileOf(history(...procedure, at('2026-04-01', 'GradeCancelled')))
    expect(file.grade).toBeNull()
    expect(file.evaluations[0]?.certificate).toMatchObject({ recalledBy: 10, returnedOn: null })
  })

  it('records a grade with no evaluation open as an evaluation known by its result only', () => {
    const file = creditFileOf(
      history(at('2015-03-01', 'OrganizationRegistered'), at('2019-06-01', 'EvaluationGraded')),
    )
    expect(file.evaluations).toMatchObject([
      { seq: 1, on: '2019-06-01', openedBy: null, outcome: 'graded', endSeq: 1, grade: '4A' },
    ])
  })

  it('reopens the evaluation when its grade is retracted, and ignores steps with none open', () => {
    const file = creditFileOf(
      history(
        ...procedure.slice(0, 9),
        at('2025-08-02', 'EntryRetracted', { amends: 8 }),
        at('2025-08-03', 'EvaluationReviewAnswered'),
      ),
    )
    expect(file.evaluations[0]).toMatchObject({ outcome: 'open', grade: null, endSeq: null })
    const stray = creditFileOf(
      history(at('2015-03-01', 'OrganizationRegistered'), at('2019-06-01', 'EvaluationScored')),
    )
    expect(stray.evaluations).toEqual([])
  })

  it('ends an evaluation when the organization is not eligible, or when it is concluded', () => {
    const file = creditFileOf(
      history(
        at('2019-03-01', 'OrganizationRegistered'),
        at('2024-03-01', 'EvaluationApplied'),
        at('2024-03-20', 'EvaluationEligibilityDecided', {
          data: { eligible: false, reasons: ['penalised'] },
        }),
        at('2025-03-01', 'EvaluationApplied'),
        at('2025-04-01', 'EvaluationConcluded'),
      ),
    )
    expect(file.evaluations.map((each) => [each.outcome, each.endSeq, each.conclusion])).toEqual([
      ['not_eligible', 2, null],
      ['concluded', 4, 'withdrawn'],
    ])
    expect(file.evaluations[0]?.eligibility?.reasons).toEqual(['penalised'])
  })
})

describe('creditFileOf: evaluations, for any history', () => {
  it('never holds two open evaluations, and only the last may be open, on any day', () => {
    fc.assert(
      fc.property(entryHistory(), fc.nat(4000), (entries, offset) => {
        const asOf = new Date(Date.parse('2015-01-01') + offset * 86_400_000)
        for (const options of [{}, { asOf: asOf.toISOString().slice(0, 10) }]) {
          const { evaluations } = creditFileOf(entries, options)
          const open = evaluations.flatMap((each, index) =>
            each.outcome === 'open' ? [index] : [],
          )
          expect(open.every((index) => index === evaluations.length - 1)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
