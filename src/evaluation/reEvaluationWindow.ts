import { expectObject, quoted } from '../_internal/arguments'
import { LedgerError } from '../errors'
import { periodEnd, termWindowStart } from '../time'
import { expectDay } from './calendarDay'
import type { EvaluationMeasures } from './evaluationMeasuresOn'

/** The days on which a graded organization may apply to be evaluated again, both included. */
export interface ReEvaluationWindow {
  readonly from: string
  readonly to: string
  /** The last day on which the site evaluation may be simplified (EV-22), or `null` (2011). */
  readonly simplifiedUntil: string | null
}

/**
 * When a grade may be renewed or re-evaluated, under the measures its validity follows: the
 * last 2 years before it expires under Order 39 (EV-16, Art. 29); the first 4 years of its
 * validity under the 2026 measures (EV-22), the site evaluation simplified in the first 2.
 *
 * @example
 * reEvaluationWindow({ measures: '2011', validFrom: '2021-05-20', validTo: '2026-05-19' })
 * // { from: '2024-05-20', to: '2026-05-19', simplifiedUntil: null }
 * reEvaluationWindow({ measures: '2026', validFrom: '2027-01-01', validTo: '2031-12-31' })
 * // { from: '2027-01-01', to: '2030-12-31', simplifiedUntil: '2028-12-31' }
 */
export function reEvaluationWindow(validity: {
  readonly measures: EvaluationMeasures
  readonly validFrom: string
  readonly validTo: string
}): ReEvaluationWindow {
  expectObject(validity, 'validity')
  const { measures, validFrom, validTo } = validity
  expectDay(validFrom, 'validFrom')
  expectDay(validTo, 'validTo')
  if (measures === '2011') {
    return { from: termWindowStart(validTo, { years: 2 }), to: validTo, simplifiedUntil: null }
  }
  if (measures === '2026') {
    return {
      from: validFrom,
      to: periodEnd(validFrom, { years: 4 }, 'calendar'),
      simplifiedUntil: periodEnd(validFrom, { years: 2 }, 'calendar'),
    }
  }
  const message = `validity.measures must be '2011' or '2026', not ${quoted(measures)}`
  throw new LedgerError('INVALID_INPUT', message, [
    { code: 'invalid_measures', path: ['validity', 'measures'], message },
  ])
}
