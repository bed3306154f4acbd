import { elapsesOn } from '../../../time'
import type { Condition, ListName } from '../../condition'
import { Boundaries } from '../dates'
import { label, listLabels, periodText } from '../labels'
import { type CompileOptions, type Context, type Node, outcome } from '../outcome'
import { type Item, sectionReaders } from '../sections'

type OnList = Extract<Condition, { kind: 'onList' }>
type ListedFor = Extract<Condition, { kind: 'listedFor' }>

const SECTION = {
  abnormal: 'abnormalList',
  serious: 'seriousList',
  dishonest_debtor: 'dishonestDebtor',
} as const

interface Stays {
  /** Stays open on the date, by listing day then seq. */
  readonly open: readonly Item[]
  /** The last stay that ended on or before the date. */
  readonly ended: Item | null
  readonly bounds: Boundaries
}

function staysOn(list: ListName, reasons: readonly string[] | undefined, context: Context): Stays {
  const bounds = new Boundaries(context.at)
  const open: Item[] = []
  let ended: Item | null = null
  for (const stay of sectionReaders[SECTION[list]].items(context.file)) {
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

function endedSeqs(stay: Item | null): number[] {
  if (stay === null) return []
  return [stay.listingSeq as number, stay.removalSeq as number].sort((a, b) => a - b)
}

function notListed(list: ListName, removedOn: string | null) {
  const name = label(listLabels, list)
  return removedOn === null
    ? { zh: `未列入${name.zh}`, en: `not on ${name.en}` }
    : { zh: `已于${removedOn}移出${name.zh}`, en: `removed from ${name.en} on ${removedOn}` }
}

/** `onList`: on the list on the date, for one of `reasons` if given. */
export function onList(condition: OnList): Node {
  const name = label(listLabels, condition.list)
  const node: Node = {
    kind: 'onList',
    evaluate(context) {
      const { open, ended, bounds } = staysOn(condition.list, condition.reasons, context)
      const first = open[0]
      return outcome(node, {
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
      })
    },
    text: (found) =>
      found.value
        ? {
            zh: `${found.facts.listedOn}列入${name.zh}`,
            en: `listed on ${name.en} on ${found.facts.listedOn}`,
          }
        : notListed(condition.list, found.facts.removedOn as string | null),
  }
  return node
}

/**
 * `listedFor`: on the list for the full period on the date, counted from the latest listing
 * still open (re-listing restarts the count, AB-09 and SL-08) or, with `from: 'earliest'`,
 * from the first. The period has run on `elapsesOn(listedOn, period, convention)`.
 */
export function listedFor(condition: ListedFor, options: CompileOptions): Node {
  const name = label(listLabels, condition.list)
  const span = periodText(condition.period)
  const node: Node = {
    kind: 'listedFor',
    evaluate(context) {
      const { open, ended, bounds } = staysOn(condition.list, condition.reasons, context)
      const stay = condition.from === 'earliest' ? open[0] : open[open.length - 1]
      if (stay === undefined) {
        return outcome(node, {
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
        })
      }
      const listedOn = stay.listedOn as string
      const elapses = elapsesOn(listedOn, condition.period, options.convention)
      const around = new Boundaries(context.at)
      around.add(listedOn)
      around.add(elapses)
      around.add(bounds.change)
      return outcome(node, {
        value: elapses <= context.at,
        seqs: [stay.listingSeq as number],
        since: around.since,
        changesOn: around.change,
        flipsOn: around.change,
        facts: { listedOn, elapsesOn: elapses, removedOn: null },
      })
    },
    text(found) {
      const { listedOn, elapsesOn: on } = found.facts
      if (listedOn === null)
        return notListed(condition.list, found.facts.removedOn as string | null)
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
  return node
}
