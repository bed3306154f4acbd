import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file/creditFileOf'
import { at, history } from '../history'

const registered = at('2005-03-01', 'OrganizationRegistered')
const unstated = { validFrom: undefined, validTo: undefined }
const graded = (on: string, data: object = unstated) =>
  at(on, 'EvaluationGraded', { data: { announcedOn: on, ...data } })

describe('the grade section', () => {
  it('shows the validity the 2026 measures give a grading that states none, and its re-evaluation window', () => {
    const file = creditFileOf(history(registered, graded('2026-06-10')), { asOf: '2027-03-01' })
    expect(file.grade).toMatchObject({
      announcedOn: '2026-06-10',
      measures: '2026',
      validFrom: '2027-01-01',
      validTo: '2031-12-31',
      valid: true,
      reEvaluation: { from: '2027-01-01', to: '2030-12-31', simplifiedUntil: '2028-12-31' },
    })
  })

  it('shows 5 years from the announcement under Order 39, renewable in the last 2', () => {
    const file = creditFileOf(history(registered, graded('2026-02-27')), { asOf: '2031-02-26' })
    expect(file.grade).toMatchObject({
      measures: '2011',
      validFrom: '2026-02-27',
      validTo: '2031-02-26',
      valid: true,
      reEvaluation: { from: '2029-02-27', to: '2031-02-26', simplifiedUntil: null },
    })
    expect(
      creditFileOf(history(registered, graded('2026-02-27')), { asOf: '2031-02-27' }).grade,
    ).toMatchObject({ valid: false })
  })

  it('shows the measures’ validity over one an entry recorded before the check stated', () => {
    const stated = { validFrom: '2022-01-01', validTo: '2026-12-31' }
    const file = creditFileOf(history(registered, graded('2021-05-20', stated)))
    expect(file.grade).toMatchObject({ validFrom: '2021-05-20', validTo: '2026-05-19' })
  })

  it('keeps the validity a grading before 2011-03-01 states, renewable under Order 39', () => {
    const stated = { validFrom: '2009-11-20', validTo: '2014-11-19' }
    const file = creditFileOf(history(registered, graded('2009-11-20', stated)))
    expect(file.grade).toMatchObject({
      measures: null,
      validFrom: '2009-11-20',
      validTo: '2014-11-19',
      reEvaluation: { from: '2012-11-20', to: '2014-11-19', simplifiedUntil: null },
    })
  })

  it('derives the cool-off of a grade action that states none (EV-18)', () => {
    const file = creditFileOf(
      history(
        registered,
        graded('2021-05-20'),
        at('2023-06-30', 'GradeDowngraded', { data: { from: '4A', to: '3A' } }),
        at('2024-03-01', 'GradeCancelled'),
      ),
    )
    expect(file.gradeHistory.map((event) => [event.event, event.coolOffUntil])).toEqual([
      ['graded', null],
      ['downgraded', '2025-06-29'],
      ['cancelled', '2027-02-28'],
    ])
  })

  it('keeps the cool-off a grade action before 2011-03-01 states, and has none when it states none', () => {
    const stated = { validFrom: '2008-11-20', validTo: '2013-11-19' }
    const file = creditFileOf(
      history(
        registered,
        graded('2008-11-20', stated),
        at('2009-06-30', 'GradeDowngraded', { data: { coolOffUntil: '2010-06-30' } }),
        at('2010-06-30', 'GradeCancelled'),
      ),
    )
    expect(file.gradeHistory.map((event) => event.coolOffUntil)).toEqual([null, '2010-06-30', null])
  })
})
