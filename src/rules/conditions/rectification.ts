import * as z from 'zod'
import type { RectificationView } from '../../credit-file'
import { type RectificationSource, rectificationSources } from '../../events'
import { Boundaries, nextDay } from '../compile/dates'
import type { Enum, Frozen, List, Opt, Strict } from '../schemaTypes'
import { type ConditionModule, noInner, noIssues, onlyWith } from './conditionModule'

/** Checks a `rectification` condition. */
export const rectificationSchema: Strict<{
  kind: z.ZodLiteral<'rectification'>
  overdue: Opt<z.ZodBoolean>
  source: Opt<List<Enum<RectificationSource>>>
}> = z.strictObject({
  kind: z.literal('rectification'),
  overdue: z.boolean().optional(),
  source: z.array(z.enum(rectificationSources)).min(1).readonly().optional(),
})

/** A rectification order is open on the date, past its deadline with `overdue: true`. */
export type Rectification = Frozen<z.output<typeof rectificationSchema>>

/**
 * A rectification order (from one of `source`) is open on the date; with `overdue: true`, also
 * past its deadline.
 *
 * @example when.rectification({ overdue: true, source: ['spot_check'] }) // AB-03
 */
export function rectification(
  options: { overdue?: boolean; source?: readonly RectificationSource[] } = {},
): Rectification {
  return { kind: 'rectification', ...options }
}

/**
 * `rectification`: an order (from one of `source`) is open on the date, not completed by then;
 * with `overdue: true`, also past its deadline (from the day after the deadline). Facts: the
 * earliest `deadline` and `orderedOn` of the orders found.
 */
export const rectificationKind: ConditionModule<'rectification'> = {
  facts: ['deadline', 'orderedOn', 'overdue'],
  inner: noInner,
  check: noIssues,
  checkInPolicy: noIssues,
  requires: () => onlyWith('rectifications'),
  compile: (condition) => (context) => {
    const { at } = context
    const bounds = new Boundaries(at)
    const found: RectificationView[] = []
    for (const order of context.file.rectifications) {
      if (condition.source !== undefined && !condition.source.includes(order.source)) continue
      bounds.add(order.orderedOn)
      if (order.orderedOn > at) continue
      bounds.add(order.completedOn)
      if (order.completedOn !== null && order.completedOn <= at) continue
      const late = nextDay(order.deadline)
      bounds.add(late)
      if (condition.overdue === true && late > at) continue
      found.push(order)
    }
    const deadline = found.reduce<string | null>(
      (d, o) => (d === null || o.deadline < d ? o.deadline : d),
      null,
    )
    const orderedOn = found.reduce<string | null>(
      (d, o) => (d === null || o.orderedOn < d ? o.orderedOn : d),
      null,
    )
    return {
      value: found.length > 0,
      seqs: found.map((order) => order.seq).sort((a, b) => a - b),
      since: bounds.since,
      changesOn: bounds.change,
      flipsOn: bounds.change,
      facts: { deadline, orderedOn, overdue: deadline !== null && deadline < at },
    }
  },
  words(condition, found) {
    const { deadline, orderedOn, overdue } = found.facts
    if (deadline === null) {
      return condition.overdue === true
        ? { zh: '无逾期未完成的整改', en: 'no rectification is overdue' }
        : { zh: '无未完成的整改', en: 'no rectification is open' }
    }
    const ordered = {
      zh: `${orderedOn}责令限期整改，期限至${deadline}`,
      en: `ordered on ${orderedOn} to rectify by ${deadline}`,
    }
    return overdue
      ? { zh: `${ordered.zh}，逾期未完成`, en: `${ordered.en}, not done by then` }
      : { zh: `${ordered.zh}，尚未完成`, en: `${ordered.en}, not done yet` }
  },
}
