import type { Condition } from '../../condition'
import type { EntryFilter, Window } from '../../entryFilter'
import type { LocalText } from '../../localText'
import { labelOf, periodText } from '../labels'
import { type CompileOptions, type Node, outcome } from '../outcome'
import { readerOf } from '../sections'
import { compileSelection } from '../select'

type Count = Extract<Condition, { kind: 'count' }>
type Field = Extract<Condition, { kind: 'field' }>

/**
 * `count`: how many items the filter selects in the window, between `atLeast` and `atMost`
 * (at least 1 when neither is given). An item counts from its own day; in a trailing window of
 * period P it counts until `elapsesOn(day, P)`.
 */
export function count(condition: Count, options: CompileOptions): Node {
  const select = compileSelection(condition.entries, condition.window, options)
  const reader = readerOf(condition.entries.of)
  const least = condition.atLeast ?? (condition.atMost === undefined ? 1 : 0)
  const most = condition.atMost ?? Number.POSITIVE_INFINITY
  const what = condition.entries.label ?? labelOf(condition.entries.of)
  const where = windowText(condition.window)
  const node: Node = {
    kind: 'count',
    evaluate(context) {
      const { matched, bounds } = select(context)
      const days = matched.map(reader.date)
      return outcome(node, {
        value: matched.length >= least && matched.length <= most,
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
      })
    },
    text(found) {
      const n = found.facts.count as number
      if (n === 0) return { zh: `${where.zh}无${what.zh}`, en: `no ${what.en} ${where.en}`.trim() }
      const days = found.facts.days as string
      return {
        zh: `${where.zh}${what.zh}${n}次（${days.replaceAll(', ', '、')}）`,
        en: `${`${what.en} ${where.en}`.trim()}: ${n} (${days})`,
      }
    },
  }
  return node
}

/** `field`: the latest item the filter selects in the window passes the test `where`. */
export function field(condition: Field, options: CompileOptions): Node {
  const filter: EntryFilter = condition.entries
  const select = compileSelection(filter, condition.window, options)
  const test = compileSelection({ ...filter, where: condition.where }, condition.window, options)
  const reader = readerOf(filter.of)
  const what = filter.label ?? labelOf(filter.of)
  const node: Node = {
    kind: 'field',
    evaluate(context) {
      const { matched, bounds } = select(context)
      const latest = matched[matched.length - 1]
      const passing = latest === undefined ? null : test(context)
      const holds = latest !== undefined && passing?.matched[passing.matched.length - 1] === latest
      bounds.add(passing?.bounds.change ?? null)
      return outcome(node, {
        value: holds,
        seqs: latest === undefined ? [] : [reader.seq(latest)],
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: { on: latest === undefined ? null : reader.date(latest) },
      })
    },
    text(found) {
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
  return node
}

/** A window in words: `within 3 years`, `3年内`. */
export function windowText(window: Window | undefined): LocalText {
  if (window === undefined) return { zh: '', en: '' }
  if ('calendarYear' in window) {
    return window.calendarYear === 'previous'
      ? { zh: '上一年度', en: 'in the previous year' }
      : { zh: '本年度', en: 'this year' }
  }
  if ('from' in window) {
    const span = window.period === undefined ? null : periodText(window.period)
    if (window.from === 'registration') {
      return span === null
        ? { zh: '成立以来', en: 'since registration' }
        : { zh: `成立后${span.zh}内`, en: `within ${span.en} of registration` }
    }
    return span === null
      ? { zh: '注销或撤销登记后', en: 'since the closure' }
      : { zh: `注销或撤销登记后${span.zh}内`, en: `within ${span.en} of the closure` }
  }
  const span = periodText(window)
  return { zh: `${span.zh}内`, en: `within ${span.en}` }
}
