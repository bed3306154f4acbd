import * as z from 'zod'
import { earlier, later, unionSeqs } from '../compile/dates'
import { joinTexts } from '../compile/labels'
import type { Outcome } from '../compile/outcome'
import type { Condition } from '../condition'
import type { FilterSection } from '../entryFilter'
import type { LocalText } from '../localText'
import type { List, Strict } from '../schemaTypes'
import { type ConditionModule, type InnerCondition, noIssues, noSections } from './conditionModule'

// `all`, `any` and `not` contain conditions, so their types are written here by hand and
// test/rules/conditionSchema.test-d.ts holds them to their schemas; every other kind's type is
// what its schema outputs.

/** Every condition in `of` holds. */
export interface All {
  readonly kind: 'all'
  readonly of: readonly Condition[]
}

/** Some condition in `of` holds. */
export interface Any {
  readonly kind: 'any'
  readonly of: readonly Condition[]
}

/** The condition `of` does not hold. */
export interface Not {
  readonly kind: 'not'
  readonly of: Condition
}

type Self = z.ZodType<Condition>

/** The schema of `all` or `any` over the schema of any condition. */
export type SomeOfSchema<K extends 'all' | 'any'> = Strict<{
  kind: z.ZodLiteral<K>
  of: List<Self>
}>

/** The schema of `not` over the schema of any condition. */
export type NotSchema = Strict<{ kind: z.ZodLiteral<'not'>; of: Self }>

/** Checks an `all` or `any` condition; `condition` gives the schema of any condition, read when first needed. */
export function someOfSchema<K extends 'all' | 'any'>(
  kind: K,
  condition: () => Self,
): SomeOfSchema<K> {
  return z.strictObject({
    kind: z.literal(kind),
    get of(): List<Self> {
      return z.array(condition()).min(1).max(50).readonly()
    },
  })
}

/** Checks a `not` condition; `condition` gives the schema of any condition, read when first needed. */
export function notSchema(condition: () => Self): NotSchema {
  return z.strictObject({
    kind: z.literal('not'),
    get of(): Self {
      return condition()
    },
  })
}

/** Every one of the conditions holds. */
export function all(...of: Condition[]): All {
  return { kind: 'all', of }
}

/** Some one of the conditions holds. */
export function any(...of: Condition[]): Any {
  return { kind: 'any', of }
}

/** The condition does not hold. */
export function not(of: Condition): Not {
  return { kind: 'not', of }
}

function soonest(outcomes: readonly Outcome[], key: 'changesOn' | 'flipsOn'): string | null {
  let day: string | null = null
  for (const found of outcomes) day = earlier(day, found[key])
  return day
}

function each(condition: All | Any): readonly InnerCondition[] {
  return condition.of.map((inner, index) => ({ path: ['of', index], condition: inner }))
}

const words = (_: unknown, __: Outcome, inner: readonly LocalText[]) => joinTexts(inner)

/**
 * Evaluates `children` in order and stops at the first whose value is `decisive` (false for
 * `all`, true for `any`): that child alone explains the result, which cannot flip before it
 * does. When none is, the result is the other value, resting on every child.
 */
function shortCircuit(decisive: boolean): ConditionModule<'all' | 'any'>['compile'] {
  return (condition, _, compileInner) => {
    const children = condition.of.map(compileInner)
    return (context) => {
      const seen: Outcome[] = []
      for (const child of children) {
        const found = child.evaluate(context)
        seen.push(found)
        if (found.value === decisive) {
          return {
            value: decisive,
            seqs: found.seqs,
            since: found.since,
            changesOn: soonest(seen, 'changesOn'),
            flipsOn: found.flipsOn,
            facts: {},
            children: seen,
          }
        }
      }
      return {
        value: !decisive,
        seqs: unionSeqs(seen.map((found) => found.seqs)),
        since: seen.reduce<string | null>((day, found) => later(day, found.since), null),
        changesOn: soonest(seen, 'changesOn'),
        flipsOn: soonest(seen, 'flipsOn'),
        facts: {},
        children: seen,
      }
    }
  }
}

/**
 * `all`: every child holds. Stops at the first child that does not, which then alone explains
 * the result; it cannot flip before that child does.
 */
export const allKind: ConditionModule<'all'> = {
  facts: [],
  inner: each,
  check: noIssues,
  checkInPolicy: noIssues,
  requires(condition, requiredBy) {
    const union = new Set<FilterSection>()
    for (const inner of condition.of) for (const section of requiredBy(inner)) union.add(section)
    return union
  },
  compile: shortCircuit(false),
  words,
}

/** `any`: some child holds. Stops at the first that does, which then alone explains the result. */
export const anyKind: ConditionModule<'any'> = {
  facts: [],
  inner: each,
  check: noIssues,
  checkInPolicy: noIssues,
  requires(condition, requiredBy) {
    const [first, ...rest] = condition.of.map(requiredBy)
    if (first === undefined) return noSections()
    return new Set([...first].filter((section) => rest.every((other) => other.has(section))))
  },
  compile: shortCircuit(true),
  words,
}

/** `not`: the child does not hold; its entries, dates and words explain the result. */
export const notKind: ConditionModule<'not'> = {
  facts: [],
  inner: (condition) => [{ path: ['of'], condition: condition.of }],
  check: noIssues,
  checkInPolicy: noIssues,
  requires: noSections,
  compile(condition, _, compileInner) {
    const child = compileInner(condition.of)
    return (context) => {
      const found = child.evaluate(context)
      return { ...found, value: !found.value, facts: {}, children: [found] }
    }
  },
  words,
}
