import { isLedgerError } from '../../errors'
import {
  addDaysIso,
  addWorkingDays,
  deadline,
  type HolidayCalendar,
  type OutsideCalendarIssue,
} from '../../time'
import type { Decision, DecisionBase } from '../decision'
import type { DueRule } from '../effect'
import type { CompiledPolicy, CompiledRule } from './compilePolicy'
import { Boundaries, earlier } from './dates'
import { explain, findFact } from './explain'
import { benefitLabels, dutyLabels, label } from './labels'
import type { Context, Outcome } from './outcome'
import { type ProposalEffect, proposals } from './proposals'

const WEEKENDS: HolidayCalendar = Object.freeze({ holidays: [], workdays: [] })
const KIND_ORDER = { entitlement: 0, obligation: 1, proposal: 2 } as const

/** The decisions of a rule whose condition holds, and the day after the date when they may change. */
export function decide(
  rule: CompiledRule,
  found: Outcome,
  context: Context,
  policy: CompiledPolicy,
): { readonly decisions: Decision[]; readonly next: string | null } {
  const { file, at } = context
  const r = rule.rule
  const start = clamp(found.since ?? file.registration.opened?.on ?? at, rule.from, at)
  const base: DecisionBase = {
    rule: r.id,
    title: r.title,
    source: r.source,
    policy: policy.hash,
    org: file.org,
    at,
    since: found.since,
    inputs: found.seqs,
    because: explain(found),
  }
  const made: { decision: Decision; order: number }[] = []
  let next: string | null = null
  const anchor = (name: string) =>
    name === 'since' ? start : name === 'at' ? at : findFact(found, name)
  for (let index = 0; index < r.then.length; index++) {
    const effect = r.then[index] as (typeof r.then)[number]
    const order = index * 1_000_000
    if (effect.kind === 'grant' || effect.kind === 'bar') {
      const ends = earlier(found.flipsOn, rule.to)
      const decision = {
        kind: 'entitlement',
        ...base,
        effect: effect.kind,
        benefit: effect.benefit,
        label: effect.title ?? label(benefitLabels, effect.benefit),
        from: start,
        until: ends === null ? null : addDaysIso(ends, -1),
      } as Decision
      made.push({ decision, order })
    } else if (effect.kind === 'obligation') {
      const issues: OutsideCalendarIssue[] = []
      const due = resolve(effect.due, anchor, policy.calendar, ['due'], issues)
      const opensOn = resolve(effect.opens, anchor, policy.calendar, ['opensOn'], issues)
      const done = effect.done === undefined ? undefined : anchor(effect.done)
      const state =
        isDay(done) && done <= at ? 'done' : due !== null && due < at ? 'overdue' : 'due'
      if (state === 'due' && due !== null) next = earlier(next, addDaysIso(due, 1))
      const decision = {
        kind: 'obligation',
        ...base,
        duty: effect.duty,
        label: effect.title ?? label(dutyLabels, effect.duty),
        who: effect.who,
        due,
        opensOn,
        state,
        ...(issues.length > 0 ? { issues } : {}),
      } as Decision
      made.push({ decision, order })
    } else {
      const bounds = new Boundaries(at)
      for (const decision of proposals(effect as ProposalEffect, {
        rule,
        context,
        base,
        effectiveAt: start,
        bounds,
      })) {
        made.push({ decision: decision as Decision, order: order + (decision.entry.amends ?? 0) })
      }
      next = earlier(next, bounds.change)
    }
  }
  if (made.length > 1) {
    made.sort(
      (a, b) => KIND_ORDER[a.decision.kind] - KIND_ORDER[b.decision.kind] || a.order - b.order,
    )
  }
  return { decisions: made.map((m) => m.decision), next }
}

function clamp(day: string, from: string, at: string): string {
  return day < from ? from : day > at ? at : day
}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && value[4] === '-'
}

/**
 * The day a due rule gives. A day the policy's calendar does not cover is `null`, with an
 * issue naming the year: a registry sees which obligations wait for next year's schedule,
 * and the rest of a sweep goes on.
 */
function resolve(
  rule: DueRule | undefined,
  anchor: (name: string) => unknown,
  calendar: HolidayCalendar | undefined,
  path: readonly string[],
  issues: OutsideCalendarIssue[],
): string | null {
  if (rule === undefined) return null
  const from = anchor(rule.from)
  if (!isDay(from)) return null
  let day = from
  try {
    if (rule.workingDays !== undefined)
      day = addWorkingDays(day, rule.workingDays, calendar ?? WEEKENDS)
    else if (rule.period !== undefined) day = deadline(day, rule.period, calendar)
  } catch (error) {
    if (!isLedgerError(error) || error.code !== 'OUTSIDE_CALENDAR') throw error
    for (const issue of error.issues as readonly OutsideCalendarIssue[]) {
      issues.push({ ...issue, path: [...path] })
    }
    return null
  }
  return rule.endOf === 'year' ? `${day.slice(0, 4)}-12-31` : day
}
