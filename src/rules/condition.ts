import type * as z from 'zod'
import type { LeafConditionSchemas } from './conditionSchema'
import type { All, Any, Not } from './conditions/logic'
import type { Frozen } from './schemaTypes'

export type { Attribute } from './conditions/attribute'
export type { ReportState } from './conditions/consecutiveYears'
export type { DateRef } from './conditions/elapsed'
export type { ListName } from './conditions/listStays'

/**
 * A test of a credit file on a date, as JSON. Every kind reads the file's views, never raw
 * entries, and reports the entries it relied on; see docs/rules.md for each kind's meaning,
 * boundary rules and explanation, and src/rules/conditions/ for each kind's module. A kind's
 * type is what its schema outputs; `all`, `any` and `not` contain conditions, so theirs are
 * written by hand, and test/rules/conditionSchema.test-d.ts holds the union to `conditionSchema`.
 */
export type Condition = Frozen<z.output<LeafConditionSchemas[number]>> | All | Any | Not

/** The kinds of condition. */
export type ConditionKind = Condition['kind']

/** The condition of one kind. */
export type ConditionOf<K extends ConditionKind> = Extract<Condition, { readonly kind: K }>
