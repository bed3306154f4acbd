import { describe, expect, it } from 'vitest'
import { at, history } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'
import { everyKindRules } from './everyKind'
import { examplePolicy } from './fixtures'

const registered = at('2015-03-01', 'OrganizationRegistered')
const graded = at('2026-05-20', 'EvaluationGraded')
const inspected = (year: number, result: 'qualified' | 'basically_qualified') =>
  at(`${year + 1}-06-30`, 'AnnualInspectionConcluded', {
    data: result === 'qualified' ? { year, result, reasons: undefined } : { year, result },
  })

describe('evaluate: benefits of a valid 3A grade or better (EV-13, JR-05)', () => {
  const entries = history(registered, graded)

  it('grants nothing before the validity begins', () => {
    expect(decisionsAt(entries, '2026-12-31', 'EV-13')).toEqual([])
  })

  it('grants priority for government purchase and rewards from the first day until the last', () => {
    expect(decisionsAt(entries, '2027-01-01', 'EV-13')).toMatchObject([
      {
        kind: 'entitlement',
        effect: 'grant',
        benefit: 'government_purchase',
        from: '2027-01-01',
        until: '2031-12-31',
        inputs: [1],
      },
      {
        kind: 'entitlement',
        effect: 'grant',
        benefit: 'commendation',
        from: '2027-01-01',
        until: '2031-12-31',
      },
    ])
    expect(decisionsAt(entries, '2032-01-01', 'EV-13')).toEqual([])
  })

  it('grants nothing on the serious list, which bars funding and purchase instead (JR-01)', () => {
    const listed = history(registered, graded, at('2027-03-01', 'ListedOnSeriousList'))
    expect(decisionsAt(listed, '2027-03-01', 'EV-13')).toEqual([])
    expect(decisionsAt(listed, '2027-03-01', 'JR-01')).toMatchObject([
      { effect: 'bar', benefit: 'funding', from: '2027-03-01', until: null },
      { effect: 'bar', benefit: 'government_purchase' },
    ])
  })
})

describe('evaluate: two consecutive years basically qualified (EV-17, 2011 text)', () => {
  const grade = at('2021-05-20', 'EvaluationGraded', {
    data: {
      grade: '3A',
      announcedOn: '2021-05-20',
      validFrom: '2021-05-20',
      validTo: '2026-05-19',
    },
  })
  const entries = history(
    registered,
    grade,
    inspected(2021, 'basically_qualified'),
    inspected(2022, 'basically_qualified'),
  )

  it('proposes lowering the grade one step with a 2-year cool-off, for decision', () => {
    expect(decisionsAt(entries, '2023-06-29', 'EV-17')).toEqual([])
    expect(decisionsAt(entries, '2023-06-30', 'EV-17')).toMatchObject([
      {
        mode: 'needs_decision',
        inputs: [1, 2, 3],
        entry: {
          type: 'GradeDowngraded',
          effectiveAt: '2023-06-30',
          data: {
            from: '3A',
            to: '2A',
            ground: 'consecutive_basically_qualified',
            coolOffUntil: '2025-06-29',
          },
        },
      },
    ])
  })

  it('proposes nothing once the grade was lowered within the year', () => {
    const lowered = history(
      registered,
      grade,
      inspected(2021, 'basically_qualified'),
      inspected(2022, 'basically_qualified'),
      at('2023-08-01', 'GradeDowngraded', { data: { from: '3A', to: '2A' } }),
    )
    expect(decisionsAt(lowered, '2023-08-01', 'EV-17')).toEqual([])
  })

  it('proposes nothing when a qualified year breaks the streak', () => {
    const broken = history(
      registered,
      grade,
      inspected(2021, 'basically_qualified'),
      inspected(2022, 'qualified'),
    )
    expect(decisionsAt(broken, '2023-07-01', 'EV-17')).toEqual([])
  })

  it('no longer applies from 2026-03-01, when the revised measures take effect', () => {
    const late = history(
      registered,
      at('2024-05-20', 'EvaluationGraded', {
        data: {
          grade: '3A',
          announcedOn: '2024-05-20',
          validFrom: '2024-05-20',
          validTo: '2029-05-19',
        },
      }),
      inspected(2024, 'basically_qualified'),
      inspected(2025, 'basically_qualified'),
    )
    expect(decisionsAt(late, '2026-06-30', 'EV-17')).toEqual([])
  })
})

describe('evaluate: grade windows and rule versions (EV-16, EV-22)', () => {
  const policy = examplePolicy(everyKindRules)
  // Announced under Order 39: valid 5 years from the announcement, to 2026-05-19.
  const grade = at('2021-05-20', 'EvaluationGraded', {
    data: { grade: '4A', announcedOn: '2021-05-20', validFrom: undefined, validTo: undefined },
  })
  const entries = history(registered, grade)

  it('opens renewal in the last 2 years before the grade expires, under the 2011 version', () => {
    // The last 2 years of a term ending 2026-05-19 are exactly 2 years: they start on 2024-05-20.
    expect(decisionsAt(entries, '2024-05-19', 'X-RENEW', policy)).toEqual([])
    const [renewal] = decisionsAt(entries, '2024-05-20', 'X-RENEW', policy)
    expect(renewal).toMatchObject({
      benefit: 'evaluation',
      from: '2024-05-20',
      until: '2026-02-28',
    })
    expect(renewal?.because.text.en).toBe(
      'graded 4A, valid from 2021-05-20 to 2026-05-19; the last 2 years of validity begin on 2024-05-20',
    )
  })

  it('switches to the 2026 version on its first day: re-evaluation in the first 4 years', () => {
    expect(decisionsAt(entries, '2026-03-01', 'X-RENEW', policy)).toEqual([])
    const fresh = history(
      registered,
      at('2026-04-01', 'EvaluationGraded', {
        data: {
          grade: '4A',
          announcedOn: '2026-04-01',
          validFrom: '2027-01-01',
          validTo: '2031-12-31',
        },
      }),
    )
    expect(decisionsAt(fresh, '2030-12-31', 'X-RENEW', policy)).toMatchObject([
      { from: '2027-01-01', until: '2030-12-31' },
    ])
    expect(decisionsAt(fresh, '2031-01-01', 'X-RENEW', policy)).toEqual([])
  })
})

describe('evaluate: the re-evaluation window of the grade’s measures (reEvaluation)', () => {
  const policy = examplePolicy(everyKindRules)
  const unstated = { validFrom: undefined, validTo: undefined }

  it('grants in the last 2 years of an Order 39 grade, whatever day the rules are read on', () => {
    const entries = history(
      registered,
      at('2024-05-20', 'EvaluationGraded', { data: { announcedOn: '2024-05-20', ...unstated } }),
    )
    expect(decisionsAt(entries, '2027-05-19', 'X-REEVAL', policy)).toEqual([])
    const [window] = decisionsAt(entries, '2027-05-20', 'X-REEVAL', policy)
    expect(window).toMatchObject({ from: '2027-05-20', until: '2029-05-19' })
    expect(window?.because.text.en).toBe(
      'graded 4A, valid from 2024-05-20 to 2029-05-19; it may apply to be evaluated again from 2027-05-20 to 2029-05-19',
    )
  })

  it('grants in the first 4 years of a 2026 grade, to the day before the fourth anniversary', () => {
    const entries = history(registered, graded)
    expect(decisionsAt(entries, '2026-12-31', 'X-REEVAL', policy)).toEqual([])
    expect(decisionsAt(entries, '2027-01-01', 'X-REEVAL', policy)).toMatchObject([
      { from: '2027-01-01', until: '2030-12-31' },
    ])
    expect(decisionsAt(entries, '2031-01-01', 'X-REEVAL', policy)).toEqual([])
  })
})
