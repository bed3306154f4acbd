import type { Operand, Predicate, Scalar } from '../entryFilter'
import type { Boundaries } from './dates'
import { nextDay } from './dates'
import type { Item } from './sections'

/**
 * A compiled field test. Tests against the evaluation date note, in `bounds`, the days on
 * which their answer flips, so that `nextChange` knows them.
 */
export type Test = (item: Item, bounds: Boundaries) => boolean

/** Compiles a predicate into a closure; paths are split once here, not per item. */
export function compilePredicate(predicate: Predicate): Test {
  if ('all' in predicate) {
    const tests = predicate.all.map(compilePredicate)
    return (item, bounds) => tests.every((test) => test(item, bounds))
  }
  if ('any' in predicate) {
    const tests = predicate.any.map(compilePredicate)
    return (item, bounds) => tests.some((test) => test(item, bounds))
  }
  if ('not' in predicate) {
    const test = compilePredicate(predicate.not)
    return (item, bounds) => !test(item, bounds)
  }
  const read = reader(predicate.field)
  if ('some' in predicate) {
    const test = compilePredicate(predicate.some)
    return (item, bounds) => {
      const list = read(item)
      return Array.isArray(list) && list.some((element) => test(element as Item, bounds))
    }
  }
  switch (predicate.op) {
    case 'exists':
      return (item) => read(item) != null
    case 'missing':
      return (item) => read(item) == null
    case 'in':
    case 'notIn': {
      const values = new Set<Scalar>(predicate.value)
      const wanted = predicate.op === 'in'
      return (item) => values.has(normal(read(item))) === wanted
    }
    default:
      return comparison(read, predicate.op, predicate.value)
  }
}

type Comparison = 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'

function comparison(read: (item: Item) => unknown, op: Comparison, operand: Operand): Test {
  const holds = compare[op]
  if (operand !== null && typeof operand === 'object' && 'date' in operand) {
    // The answer flips on the day itself (`lte`, `gt`) or the day after (`lt`, `gte`); noting
    // only that day keeps `since` exact: `revokedOn lte at` holds since `revokedOn`, not after.
    const onTheDay = op !== 'lt' && op !== 'gte'
    const dayAfter = op !== 'lte' && op !== 'gt'
    return (item, bounds) => {
      const value = read(item)
      if (typeof value !== 'string') return false
      if (onTheDay) bounds.add(value)
      if (dayAfter) bounds.add(nextDay(value))
      return holds(value, bounds.at)
    }
  }
  if (operand !== null && typeof operand === 'object') {
    const other = reader(operand.field)
    const times = operand.times ?? 1
    return (item) => {
      const value = read(item)
      const base = other(item)
      return typeof value === 'number' && typeof base === 'number' && holds(value, base * times)
    }
  }
  return (item) => holds(normal(read(item)), operand)
}

const compare: { readonly [K in Comparison]: (a: Scalar, b: Scalar) => boolean } = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  lt: (a, b) => ordered(a, b) && (a as number) < (b as number),
  lte: (a, b) => ordered(a, b) && (a as number) <= (b as number),
  gt: (a, b) => ordered(a, b) && (a as number) > (b as number),
  gte: (a, b) => ordered(a, b) && (a as number) >= (b as number),
}

// Numbers compare with numbers and strings (ISO dates) with strings; anything else never holds.
function ordered(a: Scalar, b: Scalar): boolean {
  return (
    (typeof a === 'number' && typeof b === 'number') ||
    (typeof a === 'string' && typeof b === 'string')
  )
}

function normal(value: unknown): Scalar {
  return value === undefined ? null : (value as Scalar)
}

function reader(path: string): (item: Item) => unknown {
  const keys = path.split('.')
  if (keys.length === 1) {
    const key = keys[0] as string
    return (item) => item[key]
  }
  return (item) => {
    let value: unknown = item
    for (const key of keys) {
      if (value === null || typeof value !== 'object') return undefined
      value = (value as Item)[key]
    }
    return value
  }
}
