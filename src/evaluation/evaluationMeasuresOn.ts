import { expectDay } from './calendarDay'

/** The day Order 39 (《社会组织评估管理办法》, MCA Order No. 39) took effect. */
export const EVALUATION_2011_FROM = '2011-03-01'

/** The day the revised evaluation measures take effect (EV-20 to EV-26). */
export const EVALUATION_2026_FROM = '2026-03-01'

/** The evaluation measures: Order 39 (`'2011'`) or its 2026 revision (`'2026'`). */
export type EvaluationMeasures = '2011' | '2026'

/**
 * The evaluation measures in force on a day, or `null` before Order 39 took effect.
 *
 * @example
 * evaluationMeasuresOn('2026-02-28') // '2011'
 * evaluationMeasuresOn('2026-03-01') // '2026'
 * evaluationMeasuresOn('2010-12-31') // null
 */
export function evaluationMeasuresOn(day: string): EvaluationMeasures | null {
  expectDay(day, 'day')
  if (day >= EVALUATION_2026_FROM) return '2026'
  return day >= EVALUATION_2011_FROM ? '2011' : null
}
