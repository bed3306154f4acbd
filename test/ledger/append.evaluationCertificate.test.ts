import { describe, expect, it } from 'vitest'
import { graded, REGISTRAR, recorded, refused, step, wholeEvaluation } from './evaluationFixtures'
import { GROUP } from './fixtures'

const evaluation = wholeEvaluation()
const withoutCertificate = evaluation.slice(0, -1)

const certificate = (on: string, grade: '2A' | '3A' | '4A' = '4A') =>
  step(GROUP, 'EvaluationCertificateIssued', on, {
    grade,
    number: '沪评证字第0418号',
    plaque: true,
  })

const returned = (on: string) => step(GROUP, 'EvaluationCertificateReturned', on, { plaque: true })

const downgraded = (on: string) =>
  step(GROUP, 'GradeDowngraded', on, {
    from: '4A',
    to: '2A',
    ground: 'penalty',
    department: REGISTRAR,
  })

describe('ledger.append: certificates (EV-06, EV-19)', () => {
  it('refuses a certificate for a 2A grade, and takes one for 3A', async () => {
    const twoA = await recorded([graded(GROUP, '2025-08-01', '2A')])
    expect(await refused(twoA.ledger, certificate('2025-08-20', '2A'))).toMatchObject([
      { code: 'certificate_below_3a', path: ['type'] },
    ])
    const threeA = await recorded([graded(GROUP, '2025-08-01', '3A')])
    expect((await threeA.ledger.safeAppend(certificate('2025-08-20', '3A'))).success).toBe(true)
  })

  it('refuses a certificate with no grade, or for another grade than the one in force', async () => {
    const none = await recorded([])
    expect(await refused(none.ledger, certificate('2025-08-20'))).toMatchObject([
      { code: 'no_grade' },
    ])
    const { ledger } = await recorded(withoutCertificate)
    expect(await refused(ledger, certificate('2025-08-20', '3A'))).toMatchObject([
      { code: 'certificate_grade_mismatch', path: ['data', 'grade'] },
    ])
  })

  it('issues one certificate per evaluation', async () => {
    const { ledger } = await recorded(evaluation)
    expect(await refused(ledger, certificate('2025-09-01'))).toMatchObject([
      { code: 'certificate_already_issued' },
    ])
  })

  it('refuses a return with no certificate out, and takes the return of one', async () => {
    const none = await recorded(withoutCertificate)
    expect(await refused(none.ledger, returned('2025-09-01'))).toMatchObject([
      { code: 'no_certificate_out' },
    ])
    const { ledger } = await recorded([...evaluation, downgraded('2026-04-01')])
    await ledger.append(returned('2026-04-10'))
    const file = await ledger.creditFile(GROUP)
    expect(file.evaluations[0]?.certificate).toMatchObject({
      recalledOn: '2026-04-01',
      recalledBy: 10,
      returnedOn: '2026-04-10',
      returnSeq: 11,
    })
    expect(file.grade).toMatchObject({ grade: '2A', certificate: null })
  })

  it('keeps grade actions in order once the procedure is on record', async () => {
    const { ledger } = await recorded(evaluation)
    expect(await refused(ledger, downgraded('2025-08-19'))).toMatchObject([
      { code: 'out_of_order', path: ['effectiveAt'] },
    ])
  })
})

describe('ledger.append: evaluations the registrar initiates (EV-24)', () => {
  const initiated = (on: string, occasion: 'tracking' | 'verification') =>
    step(GROUP, 'EvaluationInitiated', on, {
      evaluationKind: 'comprehensive',
      occasion,
      department: REGISTRAR,
    })

  it('refuses one dated before 2026-03-01, and takes a tracking evaluation of a 4A from then', async () => {
    const { ledger } = await recorded(evaluation)
    expect(await refused(ledger, initiated('2026-02-28', 'tracking'))).toMatchObject([
      { code: 'initiated_before_revision', path: ['effectiveAt'] },
    ])
    expect((await ledger.safeAppend(initiated('2026-03-01', 'tracking'))).success).toBe(true)
  })

  it('refuses tracking of an organization below 4A, and verification without a grade', async () => {
    const threeA = await recorded([graded(GROUP, '2025-08-01', '3A')])
    expect(await refused(threeA.ledger, initiated('2026-04-01', 'tracking'))).toMatchObject([
      { code: 'tracking_below_4a' },
    ])
    expect((await threeA.ledger.safeAppend(initiated('2026-04-01', 'verification'))).success).toBe(
      true,
    )
    const none = await recorded([])
    expect(await refused(none.ledger, initiated('2026-04-01', 'verification'))).toMatchObject([
      { code: 'no_grade' },
    ])
  })
})
