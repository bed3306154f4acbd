import * as z from 'zod'
import { type CalendarPeriod, calendarPeriodSchema } from '../time'
import { type LocalText, localTextSchema } from './localText'

/**
 * The sections of a credit file a filter can select items from, named as the `CreditFile`
 * fields they read (`registrationChanges` and `closures` are `registration.changes` and
 * `registration.closures`; `annualReports` and `inspections` are flattened over the years).
 */
export const sections = [
  'penalties',
  'abnormalList',
  'seriousList',
  'dishonestDebtor',
  'rectifications',
  'activities',
  'commendations',
  'disclosures',
  'objections',
  'gradeHistory',
  'evaluations',
  'annualReports',
  'inspections',
  'registrationChanges',
  'closures',
] as const

/** A section of a credit file whose items a filter selects. */
export type Section = (typeof sections)[number]

/**
 * A host section of a credit file, `host.workPlans` for `file.host.workPlans`: the entries of
 * the host's own types (`defineEntryType`), each with `seq`, `type`, `on` and `data`.
 */
export type HostSection = `host.${string}`

/** Any section a filter can select from: a built-in one or a host one. */
export type FilterSection = Section | HostSection

/** The pattern of a host section's name in a filter. */
export const hostSectionPattern: RegExp = /^host\.[a-z][A-Za-z0-9]{0,63}$/

/** A literal a field is compared with. */
export type Scalar = string | number | boolean | null

/**
 * What a field is compared with: a literal, another field of the same item (times a factor,
 * for ratios such as "public-benefit spending below 70% of income"), or the evaluation date.
 */
export type Operand =
  | Scalar
  | { readonly field: string; readonly times?: number }
  | { readonly date: 'at' }

/**
 * A test on one item's fields, by dot path (`financials.income`). `some` tests the elements of
 * an array field (a penalty's `sanctions`); `all`, `any` and `not` combine tests.
 */
export type Predicate =
  | {
      readonly field: string
      readonly op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'
      readonly value: Operand
    }
  | { readonly field: string; readonly op: 'in' | 'notIn'; readonly value: readonly Scalar[] }
  | { readonly field: string; readonly op: 'exists' | 'missing' }
  | { readonly field: string; readonly some: Predicate }
  | { readonly all: readonly Predicate[] }
  | { readonly any: readonly Predicate[] }
  | { readonly not: Predicate }

/**
 * Which items of a section count. `standing` keeps only items still standing on the date:
 * penalties not revoked, list stays not ended, rectifications not completed, objections not
 * resolved, closures not voided, change registrations not revoked. `notBasisOf` drops items a
 * stay on that list already rests on (its `basedOn`), so one penalty lists an organization once.
 * `label` names the items in explanations ("warnings or fines under 50,000 yuan").
 */
export interface EntryFilter {
  readonly of: FilterSection
  readonly where?: Predicate
  readonly standing?: boolean
  readonly notBasisOf?: 'abnormal' | 'serious'
  readonly label?: LocalText
}

/**
 * The dates an item must fall in: a trailing period ending on the evaluation date (`{ years: 3 }`),
 * the previous or current calendar year, or a period from the registration (the first year
 * after founding) or from the closure in force.
 */
export type Window =
  | CalendarPeriod
  | { readonly calendarYear: 'previous' | 'current' }
  | { readonly from: 'registration' | 'closure'; readonly period?: CalendarPeriod }

const path = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/,
    'expected a field path such as financials.income',
  )
const scalar = z.union([z.string().max(200), z.number().finite(), z.boolean(), z.null()])
const operand = z.union([
  scalar,
  z.strictObject({ field: path, times: z.number().finite().positive().optional() }),
  z.strictObject({ date: z.literal('at') }),
])

/** Checks a field test. */
export const predicateSchema: z.ZodType<Predicate> = z.union([
  z.strictObject({
    field: path,
    op: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte']),
    value: operand,
  }),
  z.strictObject({
    field: path,
    op: z.enum(['in', 'notIn']),
    value: z.array(scalar).min(1).max(100),
  }),
  z.strictObject({ field: path, op: z.enum(['exists', 'missing']) }),
  z.strictObject({
    field: path,
    get some() {
      return predicateSchema
    },
  }),
  z.strictObject({
    get all() {
      return z.array(predicateSchema).min(1).max(20)
    },
  }),
  z.strictObject({
    get any() {
      return z.array(predicateSchema).min(1).max(20)
    },
  }),
  z.strictObject({
    get not() {
      return predicateSchema
    },
  }),
]) as z.ZodType<Predicate>

/** Checks an entry filter. */
export const entryFilterSchema: z.ZodType<EntryFilter> = z.strictObject({
  of: z.union([
    z.enum(sections),
    z.string().regex(hostSectionPattern, {
      message: 'must be a section of the credit file, or host.<section> for a host section',
    }),
  ]),
  where: predicateSchema.optional(),
  standing: z.boolean().optional(),
  notBasisOf: z.enum(['abnormal', 'serious']).optional(),
  label: localTextSchema.optional(),
}) as z.ZodType<EntryFilter>

/** Checks a window. */
export const windowSchema: z.ZodType<Window> = z.union([
  calendarPeriodSchema,
  z.strictObject({ calendarYear: z.enum(['previous', 'current']) }),
  z.strictObject({
    from: z.enum(['registration', 'closure']),
    period: z.optional(calendarPeriodSchema),
  }),
]) as z.ZodType<Window>
