import type { Condition } from '../../condition'
import type { LocalText } from '../../localText'
import { earlier, later, unionSeqs } from '../dates'
import { joinTexts } from '../labels'
import { type Node, type Outcome, outcome } from '../outcome'

type All = Extract<Condition, { kind: 'all' }>
type Any = Extract<Condition, { kind: 'any' }>

function soonest(outcomes: readonly Outcome[], key: 'changesOn' | 'flipsOn'): string | null {
  let day: string | null = null
  for (const found of outcomes) day = earlier(day, found[key])
  return day
}

const text = (_: Outcome, children: readonly LocalText[]) => joinTexts(children)

/**
 * `all`: every child holds. Stops at the first child that does not, which then alone explains
 * the result; it cannot flip before that child does.
 */
export function all(_: All, children: readonly Node[]): Node {
  const node: Node = {
    kind: 'all',
    evaluate(context) {
      const seen: Outcome[] = []
      for (const child of children) {
        const found = child.evaluate(context)
        seen.push(found)
        if (!found.value) {
          return outcome(node, {
            value: false,
            seqs: found.seqs,
            since: found.since,
            changesOn: soonest(seen, 'changesOn'),
            flipsOn: found.flipsOn,
            facts: {},
            children: seen,
          })
        }
      }
      return outcome(node, {
        value: true,
        seqs: unionSeqs(seen.map((found) => found.seqs)),
        since: seen.reduce<string | null>((day, found) => later(day, found.since), null),
        changesOn: soonest(seen, 'changesOn'),
        flipsOn: soonest(seen, 'flipsOn'),
        facts: {},
        children: seen,
      })
    },
    text,
  }
  return node
}

/** `any`: some child holds. Stops at the first that does, which then alone explains the result. */
export function any(_: Any, children: readonly Node[]): Node {
  const node: Node = {
    kind: 'any',
    evaluate(context) {
      const seen: Outcome[] = []
      for (const child of children) {
        const found = child.evaluate(context)
        seen.push(found)
        if (found.value) {
          return outcome(node, {
            value: true,
            seqs: found.seqs,
            since: found.since,
            changesOn: soonest(seen, 'changesOn'),
            flipsOn: found.flipsOn,
            facts: {},
            children: seen,
          })
        }
      }
      return outcome(node, {
        value: false,
        seqs: unionSeqs(seen.map((found) => found.seqs)),
        since: seen.reduce<string | null>((day, found) => later(day, found.since), null),
        changesOn: soonest(seen, 'changesOn'),
        flipsOn: soonest(seen, 'flipsOn'),
        facts: {},
        children: seen,
      })
    },
    text,
  }
  return node
}

/** `not`: the child does not hold; its entries, dates and words explain the result. */
export function not(child: Node): Node {
  const node: Node = {
    kind: 'not',
    evaluate(context) {
      const found = child.evaluate(context)
      return outcome(node, { ...found, value: !found.value, facts: {}, children: [found] })
    },
    text,
  }
  return node
}
