import * as z from 'zod'
import type { Issue } from '../../errors'
import { addDaysIso, type OutsideCalendarIssue } from '../../time'
import { label } from '../compile/labels'
import type { Path } from '../conditions/conditionModule'
import type { ObligationDecision } from '../decision'
import { type LocalText, localTextSchema } from '../localText'
import type { Enum, Frozen, Opt, Strict } from '../schemaTypes'
import { type DueRule, dueDay, dueRuleSchema, isDay } from './dueRule'
import type { EffectModule } from './effectModule'
import { nameSchema } from './effectParts'
import { obligationWords } from './obligationWords'

const duties = ['organization', 'registrar', 'supervising_unit'] as const

/** Who must act on an obligation. */
export type Duty = (typeof duties)[number]

/** Checks an `obligation` effect. */
export const obligationSchema: Strict<{
  kind: z.ZodLiteral<'obligation'>
  duty: z.ZodString
  who: Enum<Duty>
  due: Opt<typeof dueRuleSchema>
  opens: Opt<typeof dueRuleSchema>
  done: Opt<z.ZodString>
  title: Opt<typeof localTextSchema>
}> = z.strictObject({
  kind: z.literal('obligation'),
  duty: nameSchema,
  who: z.enum(duties),
  due: dueRuleSchema.optional(),
  opens: dueRuleSchema.optional(),
  done: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]*$/)
    .optional(),
  title: localTextSchema.optional(),
})

/** Someone must do something by a day, or from a day, until a fact says it is done. */
export type ObligationEffect = Frozen<z.output<typeof obligationSchema>>

/** Set an obligation; `due` and `opens` count from `since` or a fact the condition reports. */
export function oblige(
  duty: string,
  who: Duty,
  options: { due?: DueRule; opens?: DueRule; done?: string; title?: LocalText } = {},
): ObligationEffect {
  return { kind: 'obligation', duty, who, ...options }
}

// Duties an obligation can set; a rule may name others with a title of its own.
const DUTIES: Readonly<Record<string, LocalText>> = {
  file_annual_report: { zh: '报送年度工作报告', en: 'file the annual report' },
  rectify: { zh: '完成整改', en: 'complete the rectification' },
  apply_for_removal: { zh: '申请移出名单', en: 'apply for removal from the list' },
  remove_from_list: { zh: '核实后移出名单', en: 'verify and remove from the list' },
  return_certificate: {
    zh: '交回评估等级证书和牌匾',
    en: 'return the grade certificate and plaque',
  },
  answer_review: { zh: '书面答复复核申请', en: 'answer the review request in writing' },
  report_grade_upward: {
    zh: '将评估等级报上一级民政部门备案',
    en: 'report the grade to the level above for filing',
  },
  file_deregistration: { zh: '办理注销登记', en: 'file for deregistration' },
  disclose: { zh: '依法公开信息', en: 'disclose the required information' },
}

function unknownFact(path: Path, name: string, facts: ReadonlySet<string>): Issue {
  return {
    code: 'unknown_fact',
    path,
    message: `the condition reports no fact '${name}'; it reports ${[...facts].sort().join(', ')}`,
  }
}

/**
 * `obligation`: who must do what by when, due, overdue or done on the date. A due day that
 * falls in a year the policy's calendar does not cover is `null`, with an issue naming the year.
 */
export const obligationKind: EffectModule<'obligation'> = {
  proposes: [],
  check(effect, path, facts) {
    const issues: Issue[] = []
    for (const key of ['due', 'opens'] as const) {
      const from = effect[key]?.from
      if (from !== undefined && !facts.has(from))
        issues.push(unknownFact([...path, key, 'from'], from, facts))
    }
    if (effect.done !== undefined && !facts.has(effect.done))
      issues.push(unknownFact([...path, 'done'], effect.done, facts))
    return issues
  },
  checkInPolicy(effect, path, policy) {
    if (policy.calendar !== undefined) return []
    const issues: Issue[] = []
    for (const key of ['due', 'opens'] as const) {
      if (effect[key]?.workingDays === undefined) continue
      issues.push({
        code: 'no_calendar',
        path: [...path, key, 'workingDays'],
        message:
          'counting working days needs the policy’s calendar (cnHolidays for mainland China)',
      })
    }
    return issues
  },
  decide(effect, { context, base, anchor, policy }) {
    const at = context.at
    const issues: OutsideCalendarIssue[] = []
    const due = dueDay(effect.due, anchor, policy.calendar, ['due'], issues)
    const opensOn = dueDay(effect.opens, anchor, policy.calendar, ['opensOn'], issues)
    const done = effect.done === undefined ? undefined : anchor(effect.done)
    const state = isDay(done) && done <= at ? 'done' : due !== null && due < at ? 'overdue' : 'due'
    const decision: ObligationDecision = {
      kind: 'obligation',
      ...base,
      duty: effect.duty,
      label: effect.title ?? label(DUTIES, effect.duty),
      who: effect.who,
      due,
      opensOn,
      state,
      ...(issues.length > 0 ? { issues } : {}),
    }
    return {
      decisions: [decision],
      next: state === 'due' && due !== null ? addDaysIso(due, 1) : null,
    }
  },
  words: (decision) => obligationWords(decision, decision.label),
}
