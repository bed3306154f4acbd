import * as z from 'zod'
import type { CreditFile } from '../../credit-file'
import { type CalendarPeriod, calendarPeriodSchema, elapsesOn } from '../../time'
import { closureAt } from '../compile/closureAt'
import { Boundaries } from '../compile/dates'
import { gradeAt } from '../compile/gradeAt'
import { periodText } from '../compile/labels'
import type { CompileOptions, Context, Outcome } from '../compile/outcome'
import type { LocalText } from '../localText'
import type { Enum, Frozen, Opt, Strict } from '../schemaTypes'
import {
  type ConditionModule,
  type Evaluate,
  noInner,
  noIssues,
  noSections,
} from './conditionModule'

const dateRefs = [
  'founded',
  'closed',
  'charity',
  'fundraising_granted',
  'fundraising_revoked',
  'grade_announced',
  'grade_valid_from',
  'grade_valid_to',
] as const

/** Dates of the file that `elapsed` can count from. */
export type DateRef = (typeof dateRefs)[number]

/** Checks an `elapsed` condition. */
export const elapsedSchema: Strict<{
  kind: z.ZodLiteral<'elapsed'>
  since: Enum<DateRef>
  atLeast: Opt<typeof calendarPeriodSchema>
  lessThan: Opt<typeof calendarPeriodSchema>
}> = z
  .strictObject({
    kind: z.literal('elapsed'),
    since: z.enum(dateRefs),
    atLeast: z.optional(calendarPeriodSchema),
    lessThan: z.optional(calendarPeriodSchema),
  })
  .refine((c) => c.atLeast !== undefined || c.lessThan !== undefined, {
    message: 'say atLeast, lessThan or both',
    path: ['atLeast'],
  })

/** A full period has, or has not, run since a date of the file. */
export type Elapsed = Frozen<z.output<typeof elapsedSchema>>

/**
 * A date of the file is on or before the date, a full `atLeast` has run since it and a full
 * `lessThan` has not.
 *
 * @example when.elapsed('fundraising_revoked', { lessThan: { years: 5 } })
 */
export function elapsed(
  since: DateRef,
  options: { atLeast?: CalendarPeriod; lessThan?: CalendarPeriod },
): Elapsed {
  return { kind: 'elapsed', since, ...options }
}

const REFS: { readonly [R in DateRef]: LocalText } = {
  founded: { zh: '{d}登记成立', en: 'registered on {d}' },
  closed: { zh: '{d}注销或撤销登记', en: 'closed on {d}' },
  charity: { zh: '{d}认定为慈善组织', en: 'a charity since {d}' },
  fundraising_granted: {
    zh: '{d}取得公开募捐资格',
    en: 'granted the public-fundraising qualification on {d}',
  },
  fundraising_revoked: {
    zh: '{d}被吊销公开募捐资格',
    en: 'stripped of the public-fundraising qualification on {d}',
  },
  grade_announced: { zh: '{d}公布评估等级', en: 'grade announced on {d}' },
  grade_valid_from: { zh: '评估等级自{d}起有效', en: 'grade valid from {d}' },
  grade_valid_to: { zh: '评估等级有效期至{d}', en: 'grade valid until {d}' },
}

function openedSeqs(file: CreditFile): number[] {
  return file.registration.opened === null ? [] : [file.registration.opened.seq]
}

function dateOf(
  context: Context,
  ref: DateRef,
  bounds: Boundaries,
): { day: string | null; seqs: number[] } {
  const { file, at } = context
  const identity = file.identity
  switch (ref) {
    case 'founded':
      return { day: file.registration.opened?.on ?? null, seqs: openedSeqs(file) }
    case 'closed': {
      const found = closureAt(file, at)
      bounds.add(found.bounds.change)
      return {
        day: found.closure?.on ?? null,
        seqs: found.closure === null ? [] : [found.closure.seq],
      }
    }
    case 'charity':
      return { day: identity.charitySince, seqs: [] }
    case 'fundraising_granted':
      return { day: identity.publicFundraising.since, seqs: [] }
    case 'fundraising_revoked': {
      const seq = identity.publicFundraising.seq
      return { day: identity.publicFundraising.revokedOn, seqs: seq === null ? [] : [seq] }
    }
    default: {
      const grade = gradeAt(file, at, bounds)
      if (grade === null) return { day: null, seqs: [] }
      const day =
        ref === 'grade_announced'
          ? grade.announcedOn
          : ref === 'grade_valid_from'
            ? grade.validFrom
            : grade.validTo
      return { day, seqs: [grade.seq] }
    }
  }
}

/** What `elapsed` finds on a date; `registeredFor` finds the same from the founding. */
export function compileElapsed(condition: Elapsed, options: CompileOptions): Evaluate {
  const { atLeast, lessThan } = condition
  return (context) => {
    const bounds = new Boundaries(context.at)
    const { day, seqs } = dateOf(context, condition.since, bounds)
    bounds.add(day)
    const least =
      day === null || atLeast === undefined ? null : elapsesOn(day, atLeast, options.convention)
    const most =
      day === null || lessThan === undefined ? null : elapsesOn(day, lessThan, options.convention)
    bounds.add(least)
    bounds.add(most)
    const value =
      day !== null &&
      day <= context.at &&
      (least === null || least <= context.at) &&
      (most === null || most > context.at)
    return {
      value,
      seqs,
      since: bounds.since,
      changesOn: bounds.change,
      flipsOn: bounds.change,
      facts: {
        date: day,
        elapsesOn: least ?? most,
        reached: (least ?? most ?? context.at) <= context.at,
      },
    }
  }
}

/** What `elapsed` found, in words; `registeredFor` says the same. */
export function elapsedWords(condition: Elapsed, found: Outcome): LocalText {
  const { atLeast, lessThan } = condition
  const { date, elapsesOn: on } = found.facts
  const ref = REFS[condition.since]
  if (date === null) return { zh: ref.zh.replace('{d}', '—'), en: ref.en.replace('{d}', '—') }
  const base = {
    zh: ref.zh.replace('{d}', String(date)),
    en: ref.en.replace('{d}', String(date)),
  }
  const span = periodText((atLeast ?? lessThan) as NonNullable<typeof atLeast>)
  const reached =
    (on as string) <= String(found.since ?? '') || (found.value && atLeast !== undefined)
  return reached
    ? { zh: `${base.zh}；至${on}已满${span.zh}`, en: `${base.en}; a full ${span.en} on ${on}` }
    : {
        zh: `${base.zh}；至${on}方满${span.zh}`,
        en: `${base.en}; a full ${span.en} only on ${on}`,
      }
}

/**
 * `elapsed`: a date of the file is on or before the date, and a full `atLeast` has run since it
 * and a full `lessThan` has not (each runs out on `elapsesOn(day, period)`).
 */
export const elapsedKind: ConditionModule<'elapsed'> = {
  facts: ['date', 'elapsesOn', 'reached'],
  inner: noInner,
  check: noIssues,
  checkInPolicy: noIssues,
  requires: noSections,
  compile: compileElapsed,
  words: elapsedWords,
}
