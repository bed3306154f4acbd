import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gradeValidity } from '../../src/evaluation/gradeValidity'
import { reEvaluationWindow } from '../../src/evaluation/reEvaluationWindow'
import { announcementDay } from './arbitraries'
import { oracle } from './days'

describe('reEvaluationWindow', () => {
  it('opens renewal in the last 2 years before an Order 39 grade expires (EV-16)', () => {
    expect(
      reEvaluationWindow({ measures: '2011', validFrom: '2021-05-20', validTo: '2026-05-19' }),
    ).toEqual({ from: '2024-05-20', to: '2026-05-19', simplifiedUntil: null })
  })

  it('opens re-evaluation in the first 4 years of a 2026 grade, simplified in the first 2 (EV-22)', () => {
    expect(
      reEvaluationWindow({ measures: '2026', validFrom: '2027-01-01', validTo: '2031-12-31' }),
    ).toEqual({ from: '2027-01-01', to: '2030-12-31', simplifiedUntil: '2028-12-31' })
  })

  it('lies inside the validity for every grade the measures give', () => {
    fc.assert(
      fc.property(announcementDay, (day) => {
        const validity = gradeValidity(day)
        if (validity === null) throw new Error(`no validity on ${day}`)
        const window = reEvaluationWindow(validity)
        expect(validity.validFrom <= window.from && window.to <= validity.validTo).toBe(true)
        if (validity.measures === '2011') {
          // Exactly 2 years, ending on the last valid day.
          expect(window).toEqual({
            from: oracle(validity.validTo, -2, 1),
            to: validity.validTo,
            simplifiedUntil: null,
          })
        } else {
          const year = Number(validity.validFrom.slice(0, 4))
          expect(window).toEqual({
            from: validity.validFrom,
            to: `${year + 3}-12-31`,
            simplifiedUntil: `${year + 1}-12-31`,
          })
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('refuses measures it does not know and days that are not dates', () => {
    expect(() =>
      reEvaluationWindow({
        measures: '2019' as never,
        validFrom: '2021-05-20',
        validTo: '2026-05-19',
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
    expect(() =>
      reEvaluationWindow({ measures: '2011', validFrom: '2021-05-20', validTo: 'soon' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })
})
