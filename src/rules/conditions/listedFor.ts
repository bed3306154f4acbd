import * as z from 'zod'
import { type CalendarPeriod, calendarPeriodSchema, elapsesOn } from '../../time'
import { Boundaries } from '../compile/dates'
import { periodText } from '../compile/labels'
import type { Enum, Frozen, Opt, Strict } from '../schemaTypes'
import { type ConditionModule, noInner, noIssues, onlyWith } from './conditionModule'
import {
  endedSeqs,
  type ListName,
  listLabels,
  listNameSchema,
  listSections,
  notListed,
  reasonIssues,
  reasonsSchema,
  staysOn,
} from './listStays'

/** Checks a `listedFor` condition. */
export const listedForSchema: Strict<{
  kind: z.ZodLiteral<'listedFor'>
  list: typeof listNameSchema
  period: typeof calendarPeriodSchema
  reasons: typeof reasonsSchema
  from: Opt<Enum<'latest' | 'earliest'>>
}> = z.strictObject({
  kind: z.literal('listedFor'),
  list: listNameSchema,
  period: calendarPeriodSchema,
  reasons: reasonsSchema,
  from: z.enum(['latest', 'earliest']).optional(),
})

/** On the list for a full period on the date. */
export type ListedFor = Frozen<z.output<typeof listedForSchema>>

/** The organization has been on the list for a full `period` on the date, counted from the latest listing (or the earliest). */
export function listedFor(
  list: ListName,
  period: CalendarPeriod,
  options: { reasons?: readonly string[]; from?: 'latest' | 'earliest' } = {},
): ListedFor {
  return { kind: 'listedFor', list, period, ...options }
}

/**
 * `listedFor`: on the list for the full period on the date, counted from the latest listing
 * still open (re-listing restarts the count, AB-09 and SL-08) or, with `from: 'earliest'`,
 * from the first. The period has run on `elapsesOn(listedOn, period, convention)`.
 */
export const listedForKind: ConditionModule<'listedFor'> = {
  facts: ['listedOn', 'elapsesOn', 'removedOn'],
  inner: noInner,
  check: reasonIssues,
  checkInPolicy: noIssues,
  requires: (condition) => onlyWith(listSections[condition.list]),
  compile: (condition, options) => (context) => {
    const { open, ended, bounds } = staysOn(condition.list, condition.reasons, context)
    const stay = condition.from === 'earliest' ? open[0] : open[open.length - 1]
    if (stay === undefined) {
      return {
        value: false,
        seqs: endedSeqs(ended),
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: {
          listedOn: null,
          elapsesOn: null,
          removedOn: (ended?.removedOn as string | undefined) ?? null,
        },
      }
    }
    const listedOn = stay.listedOn as string
    const elapses = elapsesOn(listedOn, condition.period, options.convention)
    const around = new Boundaries(context.at)
    around.add(listedOn)
    around.add(elapses)
    around.add(bounds.change)
    return {
      value: elapses <= context.at,
      seqs: [stay.listingSeq as number],
      since: around.since,
      changesOn: around.change,
      flipsOn: around.change,
      facts: { listedOn, elapsesOn: elapses, removedOn: null },
    }
  },
  words(condition, found) {
    const { listedOn, elapsesOn: on } = found.facts
    if (listedOn === null) return notListed(condition.list, found.facts.removedOn as string | null)
    const name = listLabels[condition.list]
    const span = periodText(condition.period)
    const listed = { zh: `${listedOn}列入${name.zh}`, en: `listed on ${name.en} on ${listedOn}` }
    return found.value
      ? {
          zh: `${listed.zh}；至${on}已满${span.zh}`,
          en: `${listed.en}; on the list for a full ${span.en} on ${on}`,
        }
      : {
          zh: `${listed.zh}；至${on}方满${span.zh}`,
          en: `${listed.en}; not on the list for a full ${span.en} until ${on}`,
        }
  },
}
