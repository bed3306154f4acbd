import * as z from 'zod'
import type { Issue } from '../../errors'
import { abnormalListReasons, seriousListReasons } from '../../events'
import { Boundaries } from '../compile/dates'
import type { Context } from '../compile/outcome'
import { type Item, sectionReaders } from '../compile/sections'
import type { Section } from '../entryFilter'
import type { LocalText } from '../localText'
import type { Enum, List, Opt } from '../schemaTypes'
import type { Path } from './conditionModule'

// What `onList` and `listedFor` share: which list, for which reasons, and the stays on it.

const listNames = ['abnormal', 'serious', 'dishonest_debtor'] as const

/** The lists a condition can ask about. */
export type ListName = (typeof listNames)[number]

/** Checks the name of a list. */
export const listNameSchema: Enum<ListName> = z.enum(listNames)

/** Checks the listing reasons a list condition is limited to. */
export const reasonsSchema: Opt<List<z.ZodString>> = z
  .array(z.string().min(1).max(64))
  .min(1)
  .max(20)
  .readonly()
  .optional()

/** The section of the credit file that holds each list's stays. */
export const listSections: { readonly [L in ListName]: Section } = {
  abnormal: 'abnormalList',
  serious: 'seriousList',
  dishonest_debtor: 'dishonestDebtor',
}

/** The lists, as sentences name them. */
export const listLabels: { readonly [L in ListName]: LocalText } = {
  abnormal: { zh: '活动异常名录', en: 'the abnormal-activities list' },
  serious: { zh: '严重违法失信名单', en: 'the serious illegal and dishonest list' },
  dishonest_debtor: { zh: '失信被执行人名单', en: 'the dishonest judgment debtors list' },
}

const REASONS: { readonly [L in ListName]: readonly string[] } = {
  abnormal: abnormalListReasons,
  serious: seriousListReasons,
  dishonest_debtor: [],
}

/** The reasons a condition names that its list does not list for. */
export function reasonIssues(
  condition: { readonly list: ListName; readonly reasons?: readonly string[] | undefined },
  path: Path,
): Issue[] {
  const allowed = REASONS[condition.list]
  const issues: Issue[] = []
  condition.reasons?.forEach((reason, index) => {
    if (allowed.includes(reason)) return
    issues.push({
      code: 'invalid_reason',
      path: [...path, 'reasons', index],
      message:
        allowed.length === 0
          ? `${condition.list} listings have no reasons`
          : `expected one of ${allowed.join(', ')}`,
    })
  })
  return issues
}

/** The stays on a list around a date. */
export interface Stays {
  /** Stays open on the date, by listing day then seq. */
  readonly open: readonly Item[]
  /** The last stay that ended on or before the date. */
  readonly ended: Item | null
  readonly bounds: Boundaries
}

/** The stays on `list` (for one of `reasons`, if given) open on the date, and the last one ended. */
export function staysOn(
  list: ListName,
  reasons: readonly string[] | undefined,
  context: Context,
): Stays {
  const bounds = new Boundaries(context.at)
  const open: Item[] = []
  let ended: Item | null = null
  for (const stay of sectionReaders[listSections[list]].items(context.file)) {
    if (reasons !== undefined && !reasons.includes(stay.reason as string)) continue
    const listedOn = stay.listedOn as string
    bounds.add(listedOn)
    if (listedOn > context.at) continue
    const removedOn = stay.removedOn as string | null
    bounds.add(removedOn)
    if (removedOn !== null && removedOn <= context.at) {
      if (ended === null || removedOn >= (ended.removedOn as string)) ended = stay
    } else open.push(stay)
  }
  return { open, ended, bounds }
}

/** The listing and removal of an ended stay, ascending. */
export function endedSeqs(stay: Item | null): number[] {
  if (stay === null) return []
  return [stay.listingSeq as number, stay.removalSeq as number].sort((a, b) => a - b)
}

/** Not on the list: never, or removed on a day. */
export function notListed(list: ListName, removedOn: string | null): LocalText {
  const name = listLabels[list]
  return removedOn === null
    ? { zh: `未列入${name.zh}`, en: `not on ${name.en}` }
    : { zh: `已于${removedOn}移出${name.zh}`, en: `removed from ${name.en} on ${removedOn}` }
}
