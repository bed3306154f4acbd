import * as z from 'zod'
import type { OutsideCalendarIssue } from '../../time'
import { type CalendarPeriod, calendarPeriodSchema } from '../../time'
import { Boundaries, nextDay } from '../compile/dates'
import type { Frozen, Strict } from '../schemaTypes'
import { dueDay } from './dueRule'
import { type DutyInstance, type DutyModule, dutyModule, stateOf } from './dutyModule'
import { noIssues } from './effectModule'

/** Checks an `objectionAnswerDuty` effect. */
export const objectionAnswerDutySchema: Strict<{
  kind: z.ZodLiteral<'objectionAnswerDuty'>
  within: typeof calendarPeriodSchema
}> = z.strictObject({ kind: z.literal('objectionAnswerDuty'), within: calendarPeriodSchema })

/** The registrar answers each objection within a period. */
export type ObjectionAnswerDutyEffect = Frozen<z.output<typeof objectionAnswerDutySchema>>

/**
 * The registrar answers each objection within `within` of its filing, counted by the Civil
 * Code and moved off a day off by the policy's calendar (RT-02 adopted as a policy).
 */
export function answerObjections(options: {
  readonly within: CalendarPeriod
}): ObjectionAnswerDutyEffect {
  return { kind: 'objectionAnswerDuty', within: options.within }
}

/**
 * `objectionAnswerDuty`: one `answer_objection` obligation of the registrar per objection
 * filed by the date (key: the objection's seq), resting on the objection and the entries it
 * disputes, met by the entry that decides it. A due day past the calendar's years is `null`,
 * with an issue naming the year.
 */
export const objectionAnswerDutyKind: DutyModule<'objectionAnswerDuty'> = dutyModule({
  obliges: ['answer_objection'],
  who: 'registrar',
  check: noIssues,
  checkInPolicy: noIssues,
  instances(effect, { context, policy }) {
    const { file, at } = context
    const bounds = new Boundaries(at)
    const out: DutyInstance[] = []
    const rule = { from: 'filedOn', period: effect.within }
    for (const objection of file.objections) {
      bounds.add(objection.filedOn)
      if (objection.filedOn > at) continue
      const issues: OutsideCalendarIssue[] = []
      const due = dueDay(rule, () => objection.filedOn, policy.calendar, ['due'], issues)
      const resolved = objection.resolvedOn
      bounds.add(resolved)
      const doneOn = resolved !== null && resolved <= at ? resolved : null
      if (doneOn === null && due !== null) bounds.add(nextDay(due))
      const doneBy = doneOn === null ? null : objection.resolutionSeq
      out.push({
        duty: 'answer_objection',
        key: String(objection.seq),
        year: null,
        due,
        state: stateOf(due, doneOn, at),
        basedOn: [objection.seq, ...objection.disputes],
        doneOn,
        doneBy,
        inputs: [objection.seq, ...objection.disputes, ...(doneBy === null ? [] : [doneBy])],
        ...(issues.length > 0 ? { issues } : {}),
      })
    }
    return { instances: out, next: bounds.change }
  },
  label: () => ({ zh: '书面答复异议', en: 'answer the objection in writing' }),
  what: (decision) => ({
    zh: `书面答复异议（第${decision.instance?.key}号记录）`,
    en: `answer the objection (entry ${decision.instance?.key}) in writing`,
  }),
})
