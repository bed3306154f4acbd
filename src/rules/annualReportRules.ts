import * as z from 'zod'
import { calendarPeriodSchema } from '../time'
import { type OrgKind, orgKinds } from './orgKind'
import type { Enum, Frozen, Opt, Strict } from './schemaTypes'

/** A day of the year as `MM-DD`, such as `05-31`. */
export type MonthDay = string

/** One value for every kind of organization, or a value per kind (`null`: does not apply). */
export type ByKind<T> = T | { readonly [K in OrgKind]?: T | null | undefined }

/** The schema of a `ByKind` value: one value, or a strict object of optional values per kind. */
type ByKindSchema<T extends z.core.SomeType> = z.ZodUnion<
  readonly [T, Strict<{ [K in OrgKind]: Opt<z.ZodNullable<T>> }>]
>

type FiledWith = Enum<'registrar' | 'supervising_unit'>

const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a day of the year as MM-DD')

function byKind<T extends z.core.SomeType>(value: T): ByKindSchema<T> {
  // Object.fromEntries cannot know its keys are exactly the kinds; the list it maps is them.
  const perKind = Object.fromEntries(
    orgKinds.map((kind) => [kind, z.optional(z.nullable(value))]),
  ) as { [K in OrgKind]: Opt<z.ZodNullable<T>> }
  return z.union([value, z.strictObject(perKind)])
}

/** Checks the annual-report rules; a condition may give some of them to override the policy's. */
export const annualReportRulesSchema: Strict<{
  due: ByKindSchema<z.ZodString>
  filedWith: Opt<FiledWith>
  exemptIfFoundedWithin: Opt<ByKindSchema<typeof calendarPeriodSchema>>
}> = z.strictObject({
  due: byKind(monthDay),
  filedWith: z.enum(['registrar', 'supervising_unit']).optional(),
  exemptIfFoundedWithin: byKind(calendarPeriodSchema).optional(),
})

/**
 * When annual work reports fall due (AI-01 to AI-03): the report for year Y is due on `due` of
 * year Y + 1. `filedWith` counts only filings with that body; `exemptIfFoundedWithin` excuses a
 * year when the organization was founded less than that period before 31 December (AI-02).
 */
export type AnnualReportRules = Frozen<z.output<typeof annualReportRulesSchema>>

/** Checks a partial override of the annual-report rules. */
export const annualReportOverrideSchema: Strict<{
  due: Opt<ByKindSchema<z.ZodString>>
  filedWith: Opt<FiledWith>
  exemptIfFoundedWithin: Opt<ByKindSchema<typeof calendarPeriodSchema>>
}> = z.strictObject({
  due: byKind(monthDay).optional(),
  filedWith: z.enum(['registrar', 'supervising_unit']).optional(),
  exemptIfFoundedWithin: byKind(calendarPeriodSchema).optional(),
})

/** Some of the annual-report rules, given by a condition to override the policy's. */
export type AnnualReportOverride = Frozen<z.output<typeof annualReportOverrideSchema>>

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
