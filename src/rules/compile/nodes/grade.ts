import { type Grade, grades } from '../../../events'
import { periodEnd, termWindowStart } from '../../../time'
import type { Condition } from '../../condition'
import { Boundaries, nextDay } from '../dates'
import { gradeAt } from '../gradeAt'
import { periodText } from '../labels'
import { type CompileOptions, type Node, outcome } from '../outcome'

type GradeCondition = Extract<Condition, { kind: 'grade' }>

const rank = (grade: Grade) => grades.indexOf(grade)

/**
 * `grade`: a grade is held on the date, within `atLeast`..`atMost`, valid or not as `valid`
 * asks (`validFrom` ≤ date ≤ `validTo`), in the last `expiresWithin` before `validTo`, in the
 * first `inFirst` of its validity, or inside its re-evaluation window or not as `reEvaluation`
 * asks (EV-16 and EV-22, the window the credit file derives from the grade's measures).
 */
export function grade(condition: GradeCondition, options: CompileOptions): Node {
  const convention = options.convention
  const node: Node = {
    kind: 'grade',
    evaluate(context) {
      const { at } = context
      const bounds = new Boundaries(at)
      const held = gradeAt(context.file, at, bounds)
      if (held === null) {
        return outcome(node, {
          value: false,
          seqs: [],
          since: bounds.since,
          changesOn: bounds.change,
          flipsOn: bounds.change,
          facts: {
            grade: null,
            validFrom: null,
            validTo: null,
            valid: null,
            windowFrom: null,
            windowTo: null,
          },
        })
      }
      const { validFrom, validTo } = held
      bounds.add(validFrom)
      bounds.add(nextDay(validTo))
      const valid = validFrom <= at && at <= validTo
      let value =
        (condition.atLeast === undefined || rank(held.grade) >= rank(condition.atLeast)) &&
        (condition.atMost === undefined || rank(held.grade) <= rank(condition.atMost)) &&
        (condition.valid === undefined || condition.valid === valid)
      let windowFrom: string | null = null
      let windowTo: string | null = null
      if (condition.expiresWithin !== undefined) {
        const start = termWindowStart(validTo, condition.expiresWithin)
        windowFrom = start
        bounds.add(start)
        value &&= start <= at && at <= validTo
      }
      if (condition.inFirst !== undefined) {
        const end = periodEnd(validFrom, condition.inFirst, convention)
        windowTo = end
        bounds.add(nextDay(end))
        value &&= validFrom <= at && at <= end
      }
      if (condition.reEvaluation !== undefined) {
        const window = held.reEvaluation
        windowFrom = window.from
        windowTo = window.to
        bounds.add(window.from)
        bounds.add(nextDay(window.to))
        value &&= (window.from <= at && at <= window.to) === condition.reEvaluation
      }
      const seqs = held.downgradedBy === null ? [held.seq] : [held.seq, held.downgradedBy]
      return outcome(node, {
        value,
        seqs: seqs.sort((a, b) => a - b),
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: { grade: held.grade, validFrom, validTo, valid, windowFrom, windowTo },
      })
    },
    text(found) {
      const { grade: held, validFrom, validTo, valid } = found.facts
      if (held === null) return { zh: '无评估等级', en: 'no evaluation grade' }
      const state = valid
        ? { zh: '', en: '' }
        : { zh: '（不在有效期内）', en: ' (not valid on the date)' }
      let zh = `评估等级${held}，有效期${validFrom}至${validTo}${state.zh}`
      let en = `graded ${held}, valid from ${validFrom} to ${validTo}${state.en}`
      const { windowFrom, windowTo } = found.facts
      if (windowFrom !== null && condition.expiresWithin !== undefined) {
        const span = periodText(condition.expiresWithin)
        zh += `；有效期最后${span.zh}自${windowFrom}起`
        en += `; the last ${span.en} of validity begin on ${windowFrom}`
      }
      if (windowTo !== null && condition.inFirst !== undefined) {
        const span = periodText(condition.inFirst)
        zh += `；有效期前${span.zh}至${windowTo}止`
        en += `; the first ${span.en} of validity end on ${windowTo}`
      }
      if (windowFrom !== null && windowTo !== null && condition.reEvaluation !== undefined) {
        zh += `；可申请重新评估的期间为${windowFrom}至${windowTo}`
        en += `; it may apply to be evaluated again from ${windowFrom} to ${windowTo}`
      }
      return { zh, en }
    },
  }
  return node
}
