import * as z from 'zod'
import { labelOf } from '../compile/labels'
import { readerOf } from '../compile/sections'
import { compileSelection } from '../compile/select'
import { type EntryFilter, entryFilterSchema } from '../entryFilter'
import type { Frozen, Opt, Strict } from '../schemaTypes'
import { type Window, windowSchema } from '../window'
import { type ConditionModule, noInner, noIssues, noSections, onlyWith } from './conditionModule'
import { dayReader, filterIssues } from './filterIssues'
import { windowWords } from './windowWords'

const limit: Opt<z.ZodNumber> = z.number().int().min(0).max(10000).optional()

/** Checks a `count` condition. */
export const countSchema: Strict<{
  kind: z.ZodLiteral<'count'>
  entries: typeof entryFilterSchema
  window: Opt<typeof windowSchema>
  atLeast: typeof limit
  atMost: typeof limit
}> = z
  .strictObject({
    kind: z.literal('count'),
    entries: entryFilterSchema,
    window: windowSchema.optional(),
    atLeast: limit,
    atMost: limit,
  })
  .refine((c) => c.atLeast === undefined || c.atMost === undefined || c.atLeast <= c.atMost, {
    message: 'atLeast cannot exceed atMost',
    path: ['atMost'],
  })

/** How many items a filter selects in a window, between `atLeast` and `atMost`. */
export type Count = Frozen<z.output<typeof countSchema>>

/** How many items the filter selects in the window is between `atLeast` and `atMost` (at least 1 when neither is given). */
export function count(
  entries: EntryFilter,
  options: { window?: Window; atLeast?: number; atMost?: number } = {},
): Count {
  return { kind: 'count', entries, ...options }
}

/** No item the filter selects in the window (`count` with `atMost: 0`). */
export function none(entries: EntryFilter, window?: Window): Count {
  return { kind: 'count', entries, ...(window === undefined ? {} : { window }), atMost: 0 }
}

function least(condition: Count): number {
  return condition.atLeast ?? (condition.atMost === undefined ? 1 : 0)
}

/**
 * `count`: how many items the filter selects in the window, between `atLeast` and `atMost`
 * (at least 1 when neither is given). An item counts from its own day; in a trailing window of
 * period P it counts until `elapsesOn(day, P)`.
 */
export const countKind: ConditionModule<'count'> = {
  facts: ['count', 'first', 'last', 'days'],
  inner: noInner,
  check: (condition, path) => filterIssues(condition.entries, [...path, 'entries']),
  checkInPolicy: noIssues,
  requires: (condition) => (least(condition) >= 1 ? onlyWith(condition.entries.of) : noSections()),
  compile(condition, options) {
    const select = compileSelection(condition.entries, condition.window, options)
    const reader = readerOf(condition.entries.of)
    const dayOf = dayReader(undefined, condition.entries, reader.date)
    const atLeast = least(condition)
    const atMost = condition.atMost ?? Number.POSITIVE_INFINITY
    return (context) => {
      const { matched, bounds } = select(context)
      const days = matched.map(dayOf)
      return {
        value: matched.length >= atLeast && matched.length <= atMost,
        seqs: matched.map(reader.seq).sort((a, b) => a - b),
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: {
          count: matched.length,
          first: days[0] ?? null,
          last: days[days.length - 1] ?? null,
          days: days.join(', '),
        },
      }
    }
  },
  words(condition, found) {
    const what = condition.entries.label ?? labelOf(condition.entries.of)
    const where = windowWords(condition.window)
    const n = found.facts.count as number
    if (n === 0) return { zh: `${where.zh}无${what.zh}`, en: `no ${what.en} ${where.en}`.trim() }
    const days = found.facts.days as string
    return {
      zh: `${where.zh}${what.zh}${n}次（${days.replaceAll(', ', '、')}）`,
      en: `${`${what.en} ${where.en}`.trim()}: ${n} (${days})`,
    }
  },
}
