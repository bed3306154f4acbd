import * as z from 'zod'
import { type GradeActionGround, gradeActionGrounds } from '../../events'
import { type CalendarPeriod, calendarPeriodSchema } from '../../time'
import type { Enum, Frozen, Opt, Strict } from '../schemaTypes'
import { type EffectModule, noIssues } from './effectModule'
import { type Authored, authoredFields, type Mode, modeSchema } from './effectParts'
import { coolOffOf, gradeToActOn } from './gradeAction'
import { proposing } from './proposing'

/** Checks a `cancelGrade` effect. */
export const cancelGradeSchema: Strict<{
  kind: z.ZodLiteral<'cancelGrade'>
  mode: typeof modeSchema
  ground: Enum<GradeActionGround>
  coolOff: Opt<typeof calendarPeriodSchema>
  by: Opt<z.ZodString>
  department: Opt<z.ZodString>
}> = z.strictObject({
  kind: z.literal('cancelGrade'),
  mode: modeSchema,
  ground: z.enum(gradeActionGrounds),
  coolOff: z.optional(calendarPeriodSchema),
  ...authoredFields,
})

/** Cancel the grade held. */
export type CancelGradeEffect = Frozen<z.output<typeof cancelGradeSchema>>

/** Cancel the grade held, on a ground, with an optional cool-off (EV-17, EV-18). */
export function cancelGrade(
  ground: GradeActionGround,
  options: Authored & { readonly mode: Mode; coolOff?: CalendarPeriod },
): CancelGradeEffect {
  return { kind: 'cancelGrade', ground, ...options }
}

/** `cancelGrade`: propose cancelling the grade held, unless it was acted on on this ground already. */
export const cancelGradeKind: EffectModule<'cancelGrade'> = {
  proposes: ['GradeCancelled'],
  check: noIssues,
  checkInPolicy: noIssues,
  decide: (effect, input) =>
    proposing(effect, input, (p) => {
      if (gradeToActOn(effect.ground, p) === null) return
      const coolOff = coolOffOf(effect.coolOff, 'cancelled', p.effectiveAt)
      p.propose(
        'GradeCancelled',
        { ground: effect.ground, department: p.department, ...coolOff },
        effect.mode,
      )
    }),
  words: () => ({ zh: '取消评估等级', en: 'Cancel the evaluation grade' }),
}
