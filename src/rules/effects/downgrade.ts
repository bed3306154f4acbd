import * as z from 'zod'
import { type Grade, type GradeActionGround, gradeActionGrounds, grades } from '../../events'
import { type CalendarPeriod, calendarPeriodSchema } from '../../time'
import type { Enum, Frozen, Opt, Strict } from '../schemaTypes'
import { type EffectModule, noIssues } from './effectModule'
import { type Authored, authoredFields, type Mode, modeSchema } from './effectParts'
import { coolOffOf, gradeToActOn } from './gradeAction'
import { proposing } from './proposing'

/** Checks a `downgrade` effect. */
export const downgradeSchema: Strict<{
  kind: z.ZodLiteral<'downgrade'>
  mode: typeof modeSchema
  ground: Enum<GradeActionGround>
  to: Opt<Enum<Grade>>
  coolOff: Opt<typeof calendarPeriodSchema>
  by: Opt<z.ZodString>
  department: Opt<z.ZodString>
}> = z.strictObject({
  kind: z.literal('downgrade'),
  mode: modeSchema,
  ground: z.enum(gradeActionGrounds),
  to: z.enum(grades).optional(),
  coolOff: z.optional(calendarPeriodSchema),
  ...authoredFields,
})

/** Lower the grade held, to `to` or one step. */
export type DowngradeEffect = Frozen<z.output<typeof downgradeSchema>>

/** Lower the grade to `to`, or one step, with an optional cool-off (EV-17, EV-18). */
export function downgrade(
  ground: GradeActionGround,
  options: Authored & { readonly mode: Mode; to?: Grade; coolOff?: CalendarPeriod },
): DowngradeEffect {
  return { kind: 'downgrade', ground, ...options }
}

/** `downgrade`: propose lowering the grade held, unless it is already as low or was lowered on this ground. */
export const downgradeKind: EffectModule<'downgrade'> = {
  proposes: ['GradeDowngraded'],
  check: noIssues,
  checkInPolicy: noIssues,
  decide: (effect, input) =>
    proposing(effect, input, (p) => {
      const held = gradeToActOn(effect.ground, p)
      if (held === null) return
      const rank = grades.indexOf(held.grade)
      const to = effect.to ?? grades[rank - 1]
      if (to === undefined || grades.indexOf(to) >= rank) return
      const coolOff = coolOffOf(effect.coolOff, 'downgraded', p.effectiveAt)
      p.propose(
        'GradeDowngraded',
        { from: held.grade, to, ground: effect.ground, department: p.department, ...coolOff },
        effect.mode,
      )
    }),
  words(decision) {
    const { from, to } = decision.entry.data
    return {
      zh: `评估等级由${from}降为${to}`,
      en: `Downgrade the grade from ${from} to ${to}`,
    }
  },
}
