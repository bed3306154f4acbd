import { periodEnd, yearEnd } from '../time'
import { type EvaluationMeasures, evaluationMeasuresOn } from './evaluationMeasuresOn'

/** How long a grade is valid, both days included, and the measures that say so. */
export interface GradeValidity {
  readonly measures: EvaluationMeasures
  readonly validFrom: string
  readonly validTo: string
}

/**
 * The validity of a grade announced on `announcedOn`, as the measures in force that day set
 * it, or `null` before 2011-03-01, when none were. Under Order 39 (EV-12) a grade is valid for
 * 5 years from its announcement, to the day before the fifth anniversary. Under the 2026
 * measures (EV-25) it runs from 1 January of the next year to 31 December of the fifth year.
 *
 * @example
 * gradeValidity('2021-05-20') // { measures: '2011', validFrom: '2021-05-20', validTo: '2026-05-19' }
 * gradeValidity('2026-06-10') // { measures: '2026', validFrom: '2027-01-01', validTo: '2031-12-31' }
 */
export function gradeValidity(announcedOn: string): GradeValidity | null {
  const measures = evaluationMeasuresOn(announcedOn)
  if (measures === null) return null
  if (measures === '2011') {
    // "5 years from the announcement": the announcement day counts, so the corresponding day
    // five years on is the first day without the grade (a 29 February maps to 28 February).
    const validTo = periodEnd(announcedOn, { years: 5 }, 'calendar')
    return { measures, validFrom: announcedOn, validTo }
  }
  const year = Number(announcedOn.slice(0, 4))
  return { measures, validFrom: `${year + 1}-01-01`, validTo: yearEnd(year + 5) }
}
