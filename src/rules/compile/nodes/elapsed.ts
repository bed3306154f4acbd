import type { CreditFile } from '../../../credit-file'
import { elapsesOn } from '../../../time'
import type { Condition, DateRef } from '../../condition'
import type { LocalText } from '../../localText'
import { closureAt } from '../closureAt'
import { Boundaries } from '../dates'
import { gradeAt } from '../gradeAt'
import { periodText } from '../labels'
import { type CompileOptions, type Context, type Node, outcome } from '../outcome'

type Registered = Extract<Condition, { kind: 'registeredFor' }>
type Elapsed = Extract<Condition, { kind: 'elapsed' }>

function openedSeqs(file: CreditFile): number[] {
  return file.registration.opened === null ? [] : [file.registration.opened.seq]
}

/** `registeredFor`: a full period has run since the registration or filing (`elapsesOn`). */
export function registeredFor(condition: Registered, options: CompileOptions): Node {
  return elapsed(
    { kind: 'elapsed', since: 'founded', atLeast: condition.period },
    options,
    'registeredFor',
  )
}

const REFS: { readonly [R in DateRef]: LocalText } = {
  founded: { zh: '{d}登记成立', en: 'registered on {d}' },
  closed: { zh: '{d}注销或撤销登记', en: 'closed on {d}' },
  charity: { zh: '{d}认定为慈善组织', en: 'a charity since {d}' },
  fundraising_granted: {
    zh: '{d}取得公开募捐资格',
    en: 'granted the public-fundraising qualification on {d}',
  },
  fundraising_revoked: {
    zh: '{d}被吊销公开募捐资格',
    en: 'stripped of the public-fundraising qualification on {d}',
  },
  grade_announced: { zh: '{d}公布评估等级', en: 'grade announced on {d}' },
  grade_valid_from: { zh: '评估等级自{d}起有效', en: 'grade valid from {d}' },
  grade_valid_to: { zh: '评估等级有效期至{d}', en: 'grade valid until {d}' },
}

function dateOf(
  context: Context,
  ref: DateRef,
  bounds: Boundaries,
): { day: string | null; seqs: number[] } {
  const { file, at } = context
  const identity = file.identity
  switch (ref) {
    case 'founded':
      return { day: file.registration.opened?.on ?? null, seqs: openedSeqs(file) }
    case 'closed': {
      const found = closureAt(file, at)
      bounds.add(found.bounds.change)
      return {
        day: found.closure?.on ?? null,
        seqs: found.closure === null ? [] : [found.closure.seq],
      }
    }
    case 'charity':
      return { day: identity.charitySince, seqs: [] }
    case 'fundraising_granted':
      return { day: identity.publicFundraising.since, seqs: [] }
    case 'fundraising_revoked': {
      const seq = identity.publicFundraising.seq
      return { day: identity.publicFundraising.revokedOn, seqs: seq === null ? [] : [seq] }
    }
    default: {
      const grade = gradeAt(file, at, bounds)
      if (grade === null) return { day: null, seqs: [] }
      const day =
        ref === 'grade_announced'
          ? grade.announcedOn
          : ref === 'grade_valid_from'
            ? grade.validFrom
            : grade.validTo
      return { day, seqs: [grade.seq] }
    }
  }
}

/**
 * `elapsed`: a date of the file is on or before the date, and a full `atLeast` has run since it
 * and a full `lessThan` has not (each runs out on `elapsesOn(day, period)`).
 */
export function elapsed(
  condition: Elapsed,
  options: CompileOptions,
  kind: 'elapsed' | 'registeredFor' = 'elapsed',
): Node {
  const { atLeast, lessThan } = condition
  const node: Node = {
    kind,
    evaluate(context) {
      const bounds = new Boundaries(context.at)
      const { day, seqs } = dateOf(context, condition.since, bounds)
      bounds.add(day)
      const least =
        day === null || atLeast === undefined ? null : elapsesOn(day, atLeast, options.convention)
      const most =
        day === null || lessThan === undefined ? null : elapsesOn(day, lessThan, options.convention)
      bounds.add(least)
      bounds.add(most)
      const value =
        day !== null &&
        day <= context.at &&
        (least === null || least <= context.at) &&
        (most === null || most > context.at)
      return outcome(node, {
        value,
        seqs,
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: {
          date: day,
          elapsesOn: least ?? most,
          reached: (least ?? most ?? context.at) <= context.at,
        },
      })
    },
    text(found) {
      const { date, elapsesOn: on } = found.facts
      const ref = REFS[condition.since]
      if (date === null) return { zh: ref.zh.replace('{d}', '—'), en: ref.en.replace('{d}', '—') }
      const base = {
        zh: ref.zh.replace('{d}', String(date)),
        en: ref.en.replace('{d}', String(date)),
      }
      const span = periodText((atLeast ?? lessThan) as NonNullable<typeof atLeast>)
      const reached =
        (on as string) <= String(found.since ?? '') || (found.value && atLeast !== undefined)
      return reached
        ? { zh: `${base.zh}；至${on}已满${span.zh}`, en: `${base.en}; a full ${span.en} on ${on}` }
        : {
            zh: `${base.zh}；至${on}方满${span.zh}`,
            en: `${base.en}; a full ${span.en} only on ${on}`,
          }
    },
  }
  return node
}
