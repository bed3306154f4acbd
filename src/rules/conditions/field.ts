import * as z from 'zod'
import type { Issue } from '../../errors'
import { labelOf } from '../compile/labels'
import { readerOf } from '../compile/sections'
import { compileSelection } from '../compile/select'
import { type EntryFilter, entryFilterSchema } from '../entryFilter'
import { type Predicate, predicateSchema } from '../predicate'
import type { Frozen, Opt, Strict } from '../schemaTypes'
import { type Window, windowSchema } from '../window'
import { type ConditionModule, noInner, noIssues, onlyWith } from './conditionModule'
import { datesIssues, dayReader, filterIssues, predicateIssues } from './filterIssues'

/** Checks a `field` condition. */
export const fieldSchema: Strict<{
  kind: z.ZodLiteral<'field'>
  entries: typeof entryFilterSchema
  window: Opt<typeof windowSchema>
  where: typeof predicateSchema
  dates: Opt<z.ZodString>
}> = z.strictObject({
  kind: z.literal('field'),
  entries: entryFilterSchema,
  window: windowSchema.optional(),
  where: predicateSchema,
  dates: z.string().min(1).optional(),
})

/**
 * The latest item a filter selects in a window passes a test; `dates` names the field of the
 * item whose day the fact `on` gives (the item's own day by default).
 */
export type Field = Frozen<z.output<typeof fieldSchema>>

/** The latest item the filter selects in the window passes the test `where`; the fact `on` reads the field `dates` when given. */
export function field(
  entries: EntryFilter,
  where: Predicate,
  window?: Window,
  dates?: string,
): Field {
  return {
    kind: 'field',
    entries,
    where,
    ...(window === undefined ? {} : { window }),
    ...(dates === undefined ? {} : { dates }),
  }
}

/** `field`: the latest item the filter selects in the window passes the test `where`. */
export const fieldKind: ConditionModule<'field'> = {
  facts: ['on'],
  inner: noInner,
  check(condition, path) {
    const issues: Issue[] = filterIssues(condition.entries, [...path, 'entries'])
    predicateIssues(condition.where, condition.entries.of, [...path, 'where'], issues)
    issues.push(...datesIssues(condition.dates, condition.entries.of, [...path, 'dates']))
    return issues
  },
  checkInPolicy: noIssues,
  requires: (condition) => onlyWith(condition.entries.of),
  compile(condition, options) {
    const filter: EntryFilter = condition.entries
    const select = compileSelection(filter, condition.window, options)
    const test = compileSelection({ ...filter, where: condition.where }, condition.window, options)
    const reader = readerOf(filter.of)
    const dayOf = dayReader(condition.dates, filter, reader.date)
    return (context) => {
      const { matched, bounds } = select(context)
      const latest = matched[matched.length - 1]
      const passing = latest === undefined ? null : test(context)
      const holds = latest !== undefined && passing?.matched[passing.matched.length - 1] === latest
      bounds.add(passing?.bounds.change ?? null)
      return {
        value: holds,
        seqs: latest === undefined ? [] : [reader.seq(latest)],
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: { on: latest === undefined ? null : dayOf(latest) },
      }
    }
  },
  words(condition, found) {
    const what = condition.entries.label ?? labelOf(condition.entries.of)
    const on = found.facts.on
    if (on === null) return { zh: `无${what.zh}`, en: `no ${what.en}` }
    return found.value
      ? { zh: `${on}的${what.zh}符合条件`, en: `the ${what.en} of ${on} meets the test` }
      : {
          zh: `${on}的${what.zh}不符合条件`,
          en: `the ${what.en} of ${on} does not meet the test`,
        }
  },
}
