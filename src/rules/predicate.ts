import * as z from 'zod'
import type { Enum, Frozen, List, Opt, Strict } from './schemaTypes'

const path = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/,
    'expected a field path such as financials.income',
  )

/** Checks a literal a field is compared with. */
export const scalarSchema: z.ZodUnion<[z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]> =
  z.union([z.string().max(200), z.number().finite(), z.boolean(), z.null()])

/** A literal a field is compared with. */
export type Scalar = Frozen<z.output<typeof scalarSchema>>

/** Checks what a field is compared with. */
export const operandSchema: z.ZodUnion<
  [
    typeof scalarSchema,
    Strict<{ field: z.ZodString; times: Opt<z.ZodNumber> }>,
    Strict<{ date: z.ZodLiteral<'at'> }>,
  ]
> = z.union([
  scalarSchema,
  z.strictObject({ field: path, times: z.number().finite().positive().optional() }),
  z.strictObject({ date: z.literal('at') }),
])

/**
 * What a field is compared with: a literal, another field of the same item (times a factor,
 * for ratios such as "public-benefit spending below 70% of income"), or the evaluation date.
 */
export type Operand = Frozen<z.output<typeof operandSchema>>

type Comparison = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'

/**
 * A test on one item's fields, by dot path (`financials.income`). `some` tests the elements of
 * an array field (a penalty's `sanctions`); `all`, `any` and `not` combine tests. Written by
 * hand because it contains itself; test/rules/predicate.test-d.ts holds it to its schema.
 */
export type Predicate =
  | { readonly field: string; readonly op: Comparison; readonly value: Operand }
  | { readonly field: string; readonly op: 'in' | 'notIn'; readonly value: readonly Scalar[] }
  | { readonly field: string; readonly op: 'exists' | 'missing' }
  | { readonly field: string; readonly some: Predicate }
  | { readonly all: readonly Predicate[] }
  | { readonly any: readonly Predicate[] }
  | { readonly not: Predicate }

type Self = z.ZodType<Predicate>

/** Checks a field test. */
export const predicateSchema: z.ZodUnion<
  [
    Strict<{ field: z.ZodString; op: Enum<Comparison>; value: typeof operandSchema }>,
    Strict<{ field: z.ZodString; op: Enum<'in' | 'notIn'>; value: List<typeof scalarSchema> }>,
    Strict<{ field: z.ZodString; op: Enum<'exists' | 'missing'> }>,
    Strict<{ field: z.ZodString; some: Self }>,
    Strict<{ all: List<Self> }>,
    Strict<{ any: List<Self> }>,
    Strict<{ not: Self }>,
  ]
> = z.union([
  z.strictObject({
    field: path,
    op: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte']),
    value: operandSchema,
  }),
  z.strictObject({
    field: path,
    op: z.enum(['in', 'notIn']),
    value: z.array(scalarSchema).min(1).max(100).readonly(),
  }),
  z.strictObject({ field: path, op: z.enum(['exists', 'missing']) }),
  z.strictObject({
    field: path,
    get some(): Self {
      return predicateSchema
    },
  }),
  z.strictObject({
    get all(): List<Self> {
      return z.array(predicateSchema).min(1).max(20).readonly()
    },
  }),
  z.strictObject({
    get any(): List<Self> {
      return z.array(predicateSchema).min(1).max(20).readonly()
    },
  }),
  z.strictObject({
    get not(): Self {
      return predicateSchema
    },
  }),
])
