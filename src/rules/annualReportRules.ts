import * as z from 'zod'
import { type CalendarPeriod, calendarPeriodSchema } from '../time'
import { type OrgKind, orgKinds } from './orgKind'

/** A day of the year as `MM-DD`, such as `05-31`. */
export type MonthDay = string

/** One value for every kind of organization, or a value per kind (`null`: does not apply). */
export type ByKind<T> = T | { readonly [K in OrgKind]?: T | null }

/**
 * When annual work reports fall due (AI-01 to AI-03): the report for year Y is due on `due` of
 * year Y + 1. `filedWith` counts only filings with that body; `exemptIfFoundedWithin` excuses a
 * year when the organization was founded less than that period before 31 December (AI-02).
 */
export interface AnnualReportRules {
  readonly due: ByKind<MonthDay>
  readonly filedWith?: 'registrar' | 'supervising_unit'
  readonly exemptIfFoundedWithin?: ByKind<CalendarPeriod>
}

const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a day of the year as MM-DD')

function byKind<T extends z.core.SomeType>(value: T) {
  return z.union([
    value,
    z.strictObject(
      Object.fromEntries(orgKinds.map((kind) => [kind, z.optional(z.nullable(value))])),
    ),
  ])
}

/** Checks the annual-report rules; a condition may give some of them to override the policy's. */
export const annualReportRulesSchema: z.ZodType<AnnualReportRules> = z.strictObject({
  due: byKind(monthDay),
  filedWith: z.enum(['registrar', 'supervising_unit']).optional(),
  exemptIfFoundedWithin: byKind(calendarPeriodSchema).optional(),
}) as z.ZodType<AnnualReportRules>

/** Checks a partial override of the annual-report rules. */
export const annualReportOverrideSchema: z.ZodType<Partial<AnnualReportRules>> = z.strictObject({
  due: byKind(monthDay).optional(),
  filedWith: z.enum(['registrar', 'supervising_unit']).optional(),
  exemptIfFoundedWithin: byKind(calendarPeriodSchema).optional(),
}) as z.ZodType<Partial<AnnualReportRules>>

/** The value for `kind`: the single value, or the kind's entry (`null` when absent). */
export function forKind<T extends object | string>(
  value: ByKind<T> | undefined,
  kind: OrgKind | null,
): T | null {
  if (value === undefined) return null
  if (typeof value === 'string' || isPeriod(value)) return value as T
  if (kind === null) return null
  return ((value as Record<string, T | null | undefined>)[kind] ?? null) as T | null
}

function isPeriod(value: object): boolean {
  return 'years' in value || 'months' in value || 'days' in value
}
