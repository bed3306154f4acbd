import type { CreditFile } from '../credit-file'
import type { ObligationRules } from '../rules'
import { deadline, type HolidayCalendar } from '../time'
import { type Obligation, statusOf } from './obligation'

/**
 * The authority's answer to each objection, due within the policy's period of its filing
 * (RT-02, when the policy adopts it): moved past days off when a holiday calendar is given.
 */
export function objectionObligations(
  rules: ObligationRules,
  file: CreditFile,
  at: string,
  holidays?: HolidayCalendar,
): Obligation[] {
  const answer = rules.objectionAnswer
  if (answer === undefined) return []
  return file.objections
    .filter((objection) => objection.filedOn <= at)
    .map((objection) => {
      const dueOn = deadline(objection.filedOn, answer.within, holidays)
      return {
        id: `objection_answer:${objection.seq}`,
        kind: 'objection_answer',
        party: 'authority',
        year: null,
        dueOn,
        status: statusOf(dueOn, objection.resolvedOn, at),
        doneOn: objection.resolvedOn,
        doneBy: objection.resolutionSeq,
        basedOn: [objection.seq, ...objection.disputes],
        source: answer.source,
      }
    })
}
