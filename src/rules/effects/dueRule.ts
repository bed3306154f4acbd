import * as z from 'zod'
import { isLedgerError } from '../../errors'
import {
  addWorkingDays,
  calendarPeriodSchema,
  deadline,
  type HolidayCalendar,
  type OutsideCalendarIssue,
  periodEndingOn,
} from '../../time'
import type { Frozen, Opt, Strict } from '../schemaTypes'

/** Checks a due rule. */
export const dueRuleSchema: Strict<{
  from: z.ZodString
  period: Opt<typeof calendarPeriodSchema>
  workingDays: Opt<z.ZodNumber>
  endOf: Opt<z.ZodLiteral<'year'>>
  ending: Opt<z.ZodLiteral<true>>
}> = z
  .strictObject({
    from: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'expected since, at or a fact name'),
    period: z.optional(calendarPeriodSchema),
    workingDays: z.number().int().min(1).max(1000).optional(),
    endOf: z.literal('year').optional(),
    ending: z.literal(true).optional(),
  })
  .refine((rule) => rule.period === undefined || rule.workingDays === undefined, {
    message: 'give a period or working days, not both',
    path: ['workingDays'],
  })
  .refine((rule) => rule.ending === undefined || rule.period !== undefined, {
    message: 'ending counts a period back: give the period',
    path: ['ending'],
  })

/**
 * When an obligation falls due or opens: a date the condition reported (`since`, a named fact
 * such as `due` or `deadline`, or `at`), moved by a calendar period (a deadline by the Civil
 * Code, moved off a day off when the policy has a calendar) or by working days, or, with
 * `ending: true`, to the first day of the `period` that ends on that day ("a year before the
 * qualification ends": `validTo` less a year, plus a day; not moved off a day off), then, with
 * `endOf: 'year'`, to 31 December of that day's year ("by the end of the year": a day the rule
 * fixes, not a period's last day, so it does not move off a day off).
 */
export type DueRule = Frozen<z.output<typeof dueRuleSchema>>

const WEEKENDS: HolidayCalendar = Object.freeze({ holidays: [], workdays: [] })

/** Whether a value is an ISO day. */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && value[4] === '-'
}

/**
 * The day a due rule gives. A day the policy's calendar does not cover is `null`, with an
 * issue naming the year: a registry sees which obligations wait for next year's schedule,
 * and the rest of a sweep goes on.
 */
export function dueDay(
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
    if (rule.ending === true && rule.period !== undefined) day = periodEndingOn(day, rule.period)
    else if (rule.workingDays !== undefined)
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
