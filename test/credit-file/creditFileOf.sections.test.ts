import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file/creditFileOf'
import { at, history } from './history'

const registered = at('2019-03-01', 'OrganizationRegistered')

describe('creditFileOf identity and registration', () => {
  it('takes the registered particulars and applies change registrations', () => {
    const file = creditFileOf(history(registered, at('2021-04-01', 'RegistrationChanged')))
    expect(file.identity).toMatchObject({
      name: '上海市浦东新区青少年科技教育促进会',
      kind: 'social_group',
      registrarLevel: 'county',
      domicile: '上海市浦东新区锦绣路88号',
      registeredFunds: 100000,
      foundedOn: '2019-03-01',
      nationalLevel: false,
      charity: false,
    })
    expect(file.registration.changes[0]?.changes[2]).toEqual({
      field: 'legal_representative',
      before: null,
      after: null,
    })
  })

  it('puts the particulars back when a change registration is revoked for fraud', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2021-04-01', 'RegistrationChanged'),
        at('2022-08-20', 'ChangeRegistrationRevoked', { amends: 1 }),
      ),
    )
    expect(file.identity.domicile).toBe('上海市浦东新区世纪大道1200号3楼')
    expect(file.identity.registeredFunds).toBe(30000)
    expect(file.registration.changes[0]).toMatchObject({ revokedOn: '2022-08-20', revokedBy: 2 })
  })

  it('knows a filed community group by its filing', () => {
    const file = creditFileOf(history(at('2021-09-01', 'OrganizationFiled')))
    expect(file.idScheme).toBe('filing')
    expect(file.identity).toMatchObject({
      kind: 'community_group',
      registrarLevel: null,
      region: '上海市浦东新区花木街道',
    })
  })

  it('tracks the charity status and the public-fundraising qualification', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2020-01-10', 'CharityRecognized', { data: { nationalLevel: true } }),
        at('2021-02-01', 'PublicFundraisingQualificationGranted'),
        at('2023-05-05', 'PublicFundraisingQualificationRevoked'),
      ),
    )
    expect(file.identity).toMatchObject({
      charity: true,
      charitySince: '2020-01-10',
      nationalLevel: true,
    })
    expect(file.identity.publicFundraising).toEqual({
      held: false,
      since: '2021-02-01',
      revokedOn: '2023-05-05',
      seq: 3,
    })
  })

  it('closes on deregistration, and a ban after revocation wins', () => {
    const revoked = history(
      registered,
      at('2024-11-05', 'RegistrationRevoked'),
      at('2025-02-10', 'Banned'),
    )
    expect(creditFileOf(revoked)).toMatchObject({
      status: 'banned',
      closedBy: { seq: 2, type: 'Banned' },
    })
    expect(creditFileOf(revoked, { asOf: '2024-12-31' })).toMatchObject({ status: 'revoked' })
    const dissolved = creditFileOf(history(registered, at('2025-05-10', 'Deregistered')))
    expect(dissolved.registration.closures[0]).toMatchObject({
      status: 'deregistered',
      reason: 'dissolution',
    })
  })
})

describe('creditFileOf grade', () => {
  const graded = history(registered, at('2026-05-20', 'EvaluationGraded'))

  it('is valid on a date between validFrom and validTo, both included', () => {
    expect(creditFileOf(graded, { asOf: '2026-12-31' }).grade?.valid).toBe(false)
    expect(creditFileOf(graded, { asOf: '2027-01-01' }).grade?.valid).toBe(true)
    expect(creditFileOf(graded, { asOf: '2031-12-31T23:00:00+08:00' }).grade?.valid).toBe(true)
    expect(creditFileOf(graded, { asOf: '2032-01-01' }).grade).toMatchObject({
      grade: '4A',
      valid: false,
    })
  })

  it('is judged on the last folded day when read without asOf', () => {
    expect(creditFileOf(graded).grade?.valid).toBe(false)
    const later = history(
      registered,
      at('2026-05-20', 'EvaluationGraded'),
      at('2027-03-01', 'ActivityHeld'),
    )
    expect(creditFileOf(later).grade?.valid).toBe(true)
  })

  it('keeps validity through a downgrade and disappears on cancellation', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2026-05-20', 'EvaluationGraded'),
        at('2028-04-01', 'GradeDowngraded', { data: { from: '4A', to: '3A' } }),
      ),
      { asOf: '2028-06-01' },
    )
    expect(file.grade).toMatchObject({
      grade: '3A',
      validTo: '2031-12-31',
      valid: true,
      seq: 1,
      downgradedBy: 2,
    })
    const cancelled = creditFileOf(
      history(registered, at('2026-05-20', 'EvaluationGraded'), at('2028-04-01', 'GradeCancelled')),
    )
    expect(cancelled.grade).toBeNull()
    expect(cancelled.gradeHistory.map((event) => [event.event, event.grade, event.from])).toEqual([
      ['graded', '4A', null],
      ['cancelled', null, '4A'],
    ])
  })
})

describe('creditFileOf lists', () => {
  it('ends a listing at its removal and keeps it in the history', () => {
    const entries = history(
      registered,
      at('2022-06-01', 'ListedOnSeriousList'),
      at('2024-06-03', 'RemovedFromSeriousList', { amends: 1 }),
      at('2023-02-01', 'DishonestDebtorListed'),
    )
    const file = creditFileOf(entries)
    expect(file.onSeriousList).toBe(false)
    expect(file.seriousList).toEqual([
      {
        listingSeq: 1,
        listedOn: '2022-06-01',
        reason: 'abnormal_two_years',
        department: '上海市浦东新区民政局',
        basedOn: [17],
        removedOn: '2024-06-03',
        removalReason: 'two_years_clean',
        removalSeq: 2,
      },
    ])
    expect(creditFileOf(entries, { asOf: '2024-06-02' }).onSeriousList).toBe(true)
    expect(file.onDishonestDebtorList).toBe(true)
  })
})

describe('creditFileOf penalties', () => {
  const penalty = at('2024-03-20', 'PenaltyImposed', {
    ref: '浦民罚决字〔2024〕3号',
    data: { sanctions: [{ kind: 'certificate_revoked' }] },
  })

  it('closes the stream on a penalty that revokes the certificate', () => {
    const file = creditFileOf(history(registered, penalty))
    expect(file).toMatchObject({
      status: 'revoked',
      closedBy: { seq: 1, type: 'PenaltyImposed', on: '2024-03-20' },
    })
    expect(file.penalties[0]).toMatchObject({
      ref: '浦民罚决字〔2024〕3号',
      decidedOn: '2024-03-12',
      revoked: false,
    })
  })

  it('marks a revoked penalty, keeps it listed and reopens the stream it closed', () => {
    const file = creditFileOf(
      history(registered, penalty, at('2024-06-01', 'PenaltyRevoked', { amends: 1 })),
    )
    expect(file.penalties[0]).toMatchObject({
      seq: 1,
      revoked: true,
      revokedBy: 2,
      revokedOn: '2024-06-01',
      revocationReason: 'reconsideration',
    })
    expect(file.status).toBe('active')
    expect(file.closedBy).toBeNull()
    expect(file.registration.closures[0]).toMatchObject({ voidedBy: 2, voidedOn: '2024-06-01' })
  })
})

describe('creditFileOf other sections', () => {
  it('files reports by year, inspections by year, and rectifications until completed', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2024-05-20', 'AnnualReportFiled'),
        at('2024-03-25', 'AnnualReportFiled', { data: { filedWith: 'supervising_unit' } }),
        at('2024-09-01', 'AnnualInspectionConcluded'),
        at('2024-04-01', 'RectificationOrdered', { ref: '浦民整改〔2024〕7号' }),
        at('2024-06-15', 'RectificationCompleted', { amends: 4 }),
      ),
    )
    expect(file.annualReports['2023']?.map((report) => [report.filedWith, report.filedOn])).toEqual(
      [
        ['supervising_unit', '2024-03-25'],
        ['registrar', '2024-05-20'],
      ],
    )
    expect(file.inspections['2023']).toMatchObject({
      result: 'basically_qualified',
      simplifiedProcedure: false,
    })
    expect(file.rectifications[0]).toMatchObject({
      ref: '浦民整改〔2024〕7号',
      deadline: '2024-06-30',
      completedOn: '2024-06-15',
      completionSeq: 5,
    })
  })

  it('keeps objections open until resolved, with the entries they dispute', () => {
    const entries = history(
      registered,
      at('2022-06-01', 'ListedOnAbnormalList'),
      at('2022-06-10', 'ObjectionFiled', { data: { disputes: [1] } }),
      at('2022-06-28', 'ObjectionResolved', { amends: 2 }),
    )
    expect(creditFileOf(entries, { asOf: '2022-06-20' }).objections[0]).toMatchObject({
      outcome: 'open',
      disputes: [1],
    })
    expect(creditFileOf(entries).objections[0]).toMatchObject({
      outcome: 'upheld',
      resolutionSeq: 3,
    })
  })

  it('lists activities, disclosures and commendations', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2023-03-01', 'ActivityHeld'),
        at('2024-04-30', 'DisclosurePublished'),
        at('2024-12-01', 'Commended'),
      ),
    )
    expect(file.activities[0]).toMatchObject({ kind: 'general_assembly', on: '2023-03-01' })
    expect(file.disclosures[0]).toMatchObject({
      category: 'financial_report',
      documentSha256: null,
    })
    expect(file.commendations[0]).toMatchObject({ honour: '全国先进社会组织', level: 'national' })
  })
})
