import * as z from 'zod'
import type { Frozen, Strict } from '../schemaTypes'
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

/** Checks an `onList` condition. */
export const onListSchema: Strict<{
  kind: z.ZodLiteral<'onList'>
  list: typeof listNameSchema
  reasons: typeof reasonsSchema
}> = z.strictObject({ kind: z.literal('onList'), list: listNameSchema, reasons: reasonsSchema })

/** On the list on the date, for one of `reasons` if given. */
export type OnList = Frozen<z.output<typeof onListSchema>>

/** The organization is on the list on the date, for one of `reasons` if given. */
export function onList(list: ListName, options: { reasons?: readonly string[] } = {}): OnList {
  return { kind: 'onList', list, ...options }
}

/** `onList`: on the list on the date, for one of `reasons` if given. */
export const onListKind: ConditionModule<'onList'> = {
  facts: ['listedOn', 'removedOn'],
  inner: noInner,
  check: reasonIssues,
  checkInPolicy: noIssues,
  requires: (condition) => onlyWith(listSections[condition.list]),
  compile: (condition) => (context) => {
    const { open, ended, bounds } = staysOn(condition.list, condition.reasons, context)
    const first = open[0]
    return {
      value: first !== undefined,
      seqs:
        first === undefined
          ? endedSeqs(ended)
          : open.map((s) => s.listingSeq as number).sort((a, b) => a - b),
      since: first === undefined ? bounds.since : (first.listedOn as string),
      changesOn: bounds.change,
      flipsOn: bounds.change,
      facts: {
        listedOn: (first?.listedOn as string | undefined) ?? null,
        removedOn: (ended?.removedOn as string | undefined) ?? null,
      },
    }
  },
  words(condition, found) {
    if (!found.value) return notListed(condition.list, found.facts.removedOn as string | null)
    const name = listLabels[condition.list]
    return {
      zh: `${found.facts.listedOn}列入${name.zh}`,
      en: `listed on ${name.en} on ${found.facts.listedOn}`,
    }
  },
}
