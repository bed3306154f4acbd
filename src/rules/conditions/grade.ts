import * as z from 'zod'
import { type Grade, grades } from '../../events'
import { type CalendarPeriod, calendarPeriodSchema, periodEnd, termWindowStart } from '../../time'
import { Boundaries, nextDay } from '../compile/dates'
import { gradeAt } from '../compile/gradeAt'
import { periodText } from '../compile/labels'
import type { Enum, Frozen, Opt, Strict } from '../schemaTypes'
import { type ConditionModule, noInner, noIssues, noSections } from './conditionModule'

type Period = Opt<typeof calendarPeriodSchema>

/** Checks a `grade` condition. */
export const gradeSchema: Strict<{
  kind: z.ZodLiteral<'grade'>
  atLeast: Opt<Enum<Grade>>
  atMost: Opt<Enum<Grade>>
  valid: Opt<z.ZodBoolean>
  expiresWithin: Period
  inFirst: Period
  reEvaluation: Opt<z.ZodBoolean>
}> = z
  .strictObject({
    kind: z.literal('grade'),
    atLeast: z.enum(grades).optional(),
    atMost: z.enum(grades).optional(),
    valid: z.boolean().optional(),
    expiresWithin: z.optional(calendarPeriodSchema),
    inFirst: z.optional(calendarPeriodSchema),
    reEvaluation: z.boolean().optional(),
  })
  // One window per condition, so its explanation names the one it tested; combine two
  // windows with when.all.
  .refine(
    (c) =>
      c.reEvaluation === undefined || (c.expiresWithin === undefined && c.inFirst === undefined),
    {
      message:
        'reEvaluation names its own window: test expiresWithin or inFirst in another condition',
      path: ['reEvaluation'],
    },
  )

/** A grade is held on the date, within bounds, valid or not, and inside a window of its validity or not. */
export type GradeCondition = Frozen<z.output<typeof gradeSchema>>

/**
 * A grade is held on the date, within `atLeast`..`atMost`, valid or not, in the last
 * `expiresWithin` or the first `inFirst` of its validity, or inside its re-evaluation window.
 */
export function grade(
  options: {
    atLeast?: Grade
    atMost?: Grade
    valid?: boolean
    expiresWithin?: CalendarPeriod
    inFirst?: CalendarPeriod
    reEvaluation?: boolean
  } = {},
): GradeCondition {
  return { kind: 'grade', ...options }
}

const rank = (held: Grade) => grades.indexOf(held)

/**
 * `grade`: a grade is held on the date, within `atLeast`..`atMost`, valid or not as `valid`
 * asks (`validFrom` ≤ date ≤ `validTo`), in the last `expiresWithin` before `validTo`, in the
 * first `inFirst` of its validity, or inside its re-evaluation window or not as `reEvaluation`
 * asks (EV-16 and EV-22, the window the credit file derives from the grade's measures).
 */
export const gradeKind: ConditionModule<'grade'> = {
  facts: ['grade', 'validFrom', 'validTo', 'valid', 'windowFrom', 'windowTo'],
  inner: noInner,
  check: noIssues,
  checkInPolicy: noIssues,
  requires: noSections,
  compile: (condition, options) => (context) => {
    const { at } = context
    const bounds = new Boundaries(at)
    const held = gradeAt(context.file, at, bounds)
    if (held === null) {
      return {
        value: false,
        seqs: [],
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: {
          grade: null,
          validFrom: null,
          validTo: null,
          valid: null,
          windowFrom: null,
          windowTo: null,
        },
      }
    }
    const { validFrom, validTo } = held
    bounds.add(validFrom)
    bounds.add(nextDay(validTo))
    const valid = validFrom <= at && at <= validTo
    let value =
      (condition.atLeast === undefined || rank(held.grade) >= rank(condition.atLeast)) &&
      (condition.atMost === undefined || rank(held.grade) <= rank(condition.atMost)) &&
      (condition.valid === undefined || condition.valid === valid)
    let windowFrom: string | null = null
    let windowTo: string | null = null
    if (condition.expiresWithin !== undefined) {
      const start = termWindowStart(validTo, condition.expiresWithin)
      windowFrom = start
      bounds.add(start)
      value &&= start <= at && at <= validTo
    }
    if (condition.inFirst !== undefined) {
      const end = periodEnd(validFrom, condition.inFirst, options.convention)
      windowTo = end
      bounds.add(nextDay(end))
      value &&= validFrom <= at && at <= end
    }
    if (condition.reEvaluation !== undefined) {
      const window = held.reEvaluation
      windowFrom = window.from
      windowTo = window.to
      bounds.add(window.from)
      bounds.add(nextDay(window.to))
      value &&= (window.from <= at && at <= window.to) === condition.reEvaluation
    }
    const seqs = held.downgradedBy === null ? [held.seq] : [held.seq, held.downgradedBy]
    return {
      value,
      seqs: seqs.sort((a, b) => a - b),
      since: bounds.since,
      changesOn: bounds.change,
      flipsOn: bounds.change,
      facts: { grade: held.grade, validFrom, validTo, valid, windowFrom, windowTo },
    }
  },
  words(condition, found) {
    const { grade: held, validFrom, validTo, valid } = found.facts
    if (held === null) return { zh: '无评估等级', en: 'no evaluation grade' }
    const state = valid
      ? { zh: '', en: '' }
      : { zh: '（不在有效期内）', en: ' (not valid on the date)' }
    let zh = `评估等级${held}，有效期${validFrom}至${validTo}${state.zh}`
    let en = `graded ${held}, valid from ${validFrom} to ${validTo}${state.en}`
    const { windowFrom, windowTo } = found.facts
    if (windowFrom !== null && condition.expiresWithin !== undefined) {
      const span = periodText(condition.expiresWithin)
      zh += `；有效期最后${span.zh}自${windowFrom}起`
      en += `; the last ${span.en} of validity begin on ${windowFrom}`
    }
    if (windowTo !== null && condition.inFirst !== undefined) {
      const span = periodText(condition.inFirst)
      zh += `；有效期前${span.zh}至${windowTo}止`
      en += `; the first ${span.en} of validity end on ${windowTo}`
    }
    if (windowFrom !== null && windowTo !== null && condition.reEvaluation !== undefined) {
      zh += `；可申请重新评估的期间为${windowFrom}至${windowTo}`
      en += `; it may apply to be evaluated again from ${windowFrom} to ${windowTo}`
    }
    return { zh, en }
  },
}
