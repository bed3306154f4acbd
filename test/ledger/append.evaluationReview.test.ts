import { describe, expect, it } from 'vitest'
import { evaluationSteps, graded, recorded, refused, step } from './evaluationFixtures'
import { GROUP } from './fixtures'

const { applied, eligible, assigned, scored, noticed, requested, answered } = evaluationSteps()
const noticeOnward = [applied, eligible, assigned, scored, noticed]

const request = (on: string) =>
  step(GROUP, 'EvaluationReviewRequested', on, { reason: '两个服务项目未计分' })

const answer = (on: string, answeredBy: 'review_committee' | 'evaluation_committee') =>
  step(GROUP, 'EvaluationReviewAnswered', on, { outcome: 'maintained', answeredBy })

describe('ledger.append: review requests (EV-09)', () => {
  it('accepts a request on the first and on the last day of the notice period', async () => {
    const first = await recorded(noticeOnward)
    expect((await first.ledger.safeAppend(request('2025-07-01'))).success).toBe(true)
    const last = await recorded(noticeOnward)
    expect((await last.ledger.safeAppend(request('2025-07-07'))).success).toBe(true)
  })

  it('refuses a request the day after the notice period, naming the period', async () => {
    const { ledger } = await recorded(noticeOnward)
    const issues = await refused(ledger, request('2025-07-08'))
    expect(issues).toMatchObject([{ code: 'review_outside_notice', path: ['effectiveAt'] }])
    expect(issues[0]?.message).toContain('2025-07-01 to 2025-07-07')
  })

  it('refuses a request before any public notice', async () => {
    const { ledger } = await recorded([applied, eligible, assigned])
    expect(await refused(ledger, request('2025-07-05'))).toMatchObject([{ code: 'out_of_order' }])
  })

  it('takes several requests in the period, and answers them oldest first', async () => {
    const { ledger } = await recorded([
      ...noticeOnward,
      request('2025-07-02'),
      request('2025-07-06'),
    ])
    await ledger.append(answer('2025-07-10', 'review_committee'))
    const [evaluation] = (await ledger.creditFile(GROUP)).evaluations
    expect(evaluation?.reviews.map((review) => review.outcome)).toEqual(['maintained', 'open'])
  })
})

describe('ledger.append: review answers (EV-10, EV-23)', () => {
  it('refuses an answer with no request waiting', async () => {
    const { ledger } = await recorded(noticeOnward)
    expect(await refused(ledger, answered)).toMatchObject([{ code: 'no_open_review' }])
  })

  it('takes the review committee’s answer on 2026-02-28 and refuses it from 2026-03-01', async () => {
    const open = [
      ...noticeOnward.slice(0, 4),
      step(GROUP, 'EvaluationResultNoticed', '2026-02-20', {
        proposedGrade: '4A',
        score: 918,
        period: { from: '2026-02-20', to: '2026-02-26' },
      }),
      request('2026-02-25'),
    ]
    const before = await recorded(open)
    expect((await before.ledger.safeAppend(answer('2026-02-28', 'review_committee'))).success).toBe(
      true,
    )
    const after = await recorded(open)
    expect(await refused(after.ledger, answer('2026-03-01', 'review_committee'))).toMatchObject([
      { code: 'review_committee_abolished', path: ['data', 'answeredBy'] },
    ])
    expect(
      (await after.ledger.safeAppend(answer('2026-03-01', 'evaluation_committee'))).success,
    ).toBe(true)
  })

  it('refuses the grade while a review waits for its answer', async () => {
    const { ledger } = await recorded([...noticeOnward, requested])
    expect(await refused(ledger, graded(GROUP, '2025-08-01', '4A'))).toMatchObject([
      { code: 'review_unanswered', path: ['type'] },
    ])
  })

  it('records a changed grade in the credit file', async () => {
    const changed = step(GROUP, 'EvaluationReviewAnswered', '2025-07-18', {
      outcome: 'changed',
      grade: '5A',
      answeredBy: 'review_committee',
    })
    const { ledger } = await recorded([...noticeOnward, requested, changed])
    const [evaluation] = (await ledger.creditFile(GROUP)).evaluations
    expect(evaluation?.reviews).toEqual([
      {
        seq: 6,
        filedOn: '2025-07-05',
        outcome: 'changed',
        grade: '5A',
        answeredBy: 'review_committee',
        answeredOn: '2025-07-18',
        answerSeq: 7,
      },
    ])
  })
})
