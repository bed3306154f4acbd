import * as z from 'zod'
import { addPeriod, type CalendarPeriod, calendarPeriodSchema, shorterFrom } from '../../time'
import { labelOf, periodText } from '../compile/labels'
import { readerOf } from '../compile/sections'
import { compileSelection } from '../compile/select'
import { type EntryFilter, entryFilterSchema } from '../entryFilter'
import type { Frozen, Opt, Strict } from '../schemaTypes'
import { type ConditionModule, noInner, noIssues, onlyWith } from './conditionModule'
import { filterIssues } from './filterIssues'

/**
 * Checks a `spaced` condition: `atMost`, when given, must not end before `atLeast` from any
 * day (see `shorterFrom`), or the condition could never hold for items sent on that day.
 */
export const spacedSchema: Strict<{
  kind: z.ZodLiteral<'spaced'>
  entries: typeof entryFilterSchema
  atLeast: typeof calendarPeriodSchema
  atMost: Opt<typeof calendarPeriodSchema>
}> = z
  .strictObject({
    kind: z.literal('spaced'),
    entries: entryFilterSchema,
    atLeast: calendarPeriodSchema,
    atMost: z.optional(calendarPeriodSchema),
  })
  .superRefine(({ atLeast, atMost }, context) => {
    const from = atMost === undefined ? null : shorterFrom(atMost, atLeast)
    if (from === null) return
    context.addIssue({
      code: 'custom',
      params: { code: 'interval_inverted' },
      path: ['atMost'],
      message: `atMost ends before atLeast for items from ${from}: give an atMost no shorter than atLeast`,
      input: atMost,
    })
  })

/** Two items the filter selects, the later at least `atLeast` and at most `atMost` after the earlier. */
export type Spaced = Frozen<z.output<typeof spacedSchema>>

/**
 * Two items the filter selects lie apart by at least `atLeast` and, when given, at most
 * `atMost`: the later one's day is on or after the corresponding day `atLeast` after the
 * earlier's, and on or before the one `atMost` after it.
 *
 * @example
 * // AB-06: two unsigned special letters to the registered address, 20 to 60 days apart
 * when.spaced(entries.noticesServed({ standing: true, where: letters }), { days: 20 }, { days: 60 })
 */
export function spaced(
  entries: EntryFilter,
  atLeast: CalendarPeriod,
  atMost?: CalendarPeriod,
): Spaced {
  return { kind: 'spaced', entries, atLeast, ...(atMost === undefined ? {} : { atMost }) }
}

/** The earliest pair by its later day, and of those the latest earlier item: the first day it held. */
function firstPair(
  days: readonly string[],
  atLeast: CalendarPeriod,
  atMost: CalendarPeriod | undefined,
): [number, number] | null {
  for (let j = 1; j < days.length; j++) {
    const second = days[j] as string
    for (let i = j - 1; i >= 0; i--) {
      const first = days[i] as string
      if (addPeriod(first, atLeast) > second) continue
      if (atMost !== undefined && addPeriod(first, atMost) < second) break
      return [i, j]
    }
  }
  return null
}

/**
 * `spaced`: some two items the filter selects on the date lie `atLeast` to `atMost` apart.
 * Cites the pair found first (the one completed earliest); an item counts from its own day.
 */
export const spacedKind: ConditionModule<'spaced'> = {
  facts: ['count', 'first', 'second'],
  inner: noInner,
  check: (condition, path) => filterIssues(condition.entries, [...path, 'entries']),
  checkInPolicy: noIssues,
  requires: (condition) => onlyWith(condition.entries.of),
  compile(condition, options) {
    const select = compileSelection(condition.entries, undefined, options)
    const reader = readerOf(condition.entries.of)
    return (context) => {
      const { matched, bounds } = select(context)
      const days = matched.map(reader.date)
      const pair = firstPair(days, condition.atLeast, condition.atMost)
      const items = pair === null ? [] : pair.map((k) => matched[k] as (typeof matched)[number])
      return {
        value: pair !== null,
        seqs: items.map(reader.seq).sort((a, b) => a - b),
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: {
          count: matched.length,
          first: pair === null ? null : (days[pair[0]] as string),
          second: pair === null ? null : (days[pair[1]] as string),
        },
      }
    }
  },
  words(condition, found) {
    const what = condition.entries.label ?? labelOf(condition.entries.of)
    const least = periodText(condition.atLeast)
    const most = condition.atMost === undefined ? null : periodText(condition.atMost)
    const apart = {
      zh: most === null ? `间隔${least.zh}以上` : `间隔${least.zh}至${most.zh}`,
      en: most === null ? `at least ${least.en} apart` : `${least.en} to ${most.en} apart`,
    }
    const { first, second } = found.facts
    if (first === null) {
      return { zh: `无${apart.zh}的两次${what.zh}`, en: `no two ${what.en} ${apart.en}` }
    }
    return {
      zh: `${what.zh}两次（${first}、${second}），${apart.zh}`,
      en: `${what.en} on ${first} and ${second}, ${apart.en}`,
    }
  },
}
