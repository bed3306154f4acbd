import type * as z from 'zod'
import { type Issue, LedgerError } from '../errors'
import { fromZodIssues } from './issues'

// Checks for the arguments of public functions, so that a value of the wrong type is answered
// with a coded issue naming the argument instead of a TypeError from deep inside. The checks
// by `typeof` and `instanceof` are for the hot primitives (hashing, hex), where a schema parse
// per call would show; anything with structure goes through a zod schema.

/** A short, safe description of what a value is: never its content, which may be huge or hostile. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Uint8Array) return 'bytes'
  return typeof value === 'object' ? 'an object' : typeof value
}

/** A value for a message: primitives as text, anything else by its kind. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value)
  }
  return kindOf(value)
}

/** A value for a message, strings quoted: `"2024-13-01"`, `a number`, never a throw. */
export function quoted(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : textOf(value)
}

/** The issue for an argument that is not what it must be. */
export function argumentIssue(
  name: string,
  expected: string,
  value: unknown,
  path: readonly (string | number)[] = [name],
): Issue {
  return {
    code: 'invalid_type',
    path,
    message: `${name} must be ${expected}, not ${kindOf(value)}`,
  }
}

/** The `INVALID_INPUT` error for an argument that is not what it must be. */
export function invalidArgument(name: string, expected: string, value: unknown): LedgerError {
  const issue = argumentIssue(name, expected, value)
  return new LedgerError('INVALID_INPUT', issue.message, [issue])
}

/** Throws `INVALID_INPUT` naming `name` unless `value` is a string. */
export function expectString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw invalidArgument(name, 'a string', value)
}

/** Throws `INVALID_INPUT` naming `name` unless `value` is a whole number from 0. */
export function expectCount(value: unknown, name: string): asserts value is number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw invalidArgument(name, 'a whole number from 0', value)
  }
}

/** Throws `INVALID_INPUT` naming `name` unless `value` is a Uint8Array. */
export function expectBytes(value: unknown, name: string): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) throw invalidArgument(name, 'a Uint8Array', value)
}

/** Throws `INVALID_INPUT` naming `name` unless `value` is an array. */
export function expectArray(value: unknown, name: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw invalidArgument(name, 'an array', value)
}

/** Throws `INVALID_INPUT` naming `name` unless `value` is an object (not null, not an array). */
export function expectObject(value: unknown, name: string): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidArgument(name, 'an object', value)
  }
}

/** True for an AbortSignal of this realm or another: an object with a boolean `aborted` and listeners. */
export function isAbortSignal(value: unknown): value is AbortSignal {
  if (typeof value !== 'object' || value === null) return false
  const signal = value as { aborted?: unknown; addEventListener?: unknown }
  return typeof signal.aborted === 'boolean' && typeof signal.addEventListener === 'function'
}

/**
 * Throws `INVALID_INPUT` with zod's issues under `name` unless `schema` accepts `value`;
 * returns `value` itself, never a parsed copy, so what was checked is what is used.
 */
export function checkArgument<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return value as T
  const issues = fromZodIssues(parsed.error.issues, [name])
  const first = issues[0]
  const where = first === undefined ? name : first.path.join('.')
  throw new LedgerError('INVALID_INPUT', `${where}: ${first?.message ?? 'is not valid'}`, issues)
}

/** A check that a value is an object with these methods: a store, a clock, a ledger. */
export const hasMethods =
  (...names: string[]) =>
  (value: unknown): boolean =>
    typeof value === 'object' &&
    value !== null &&
    names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function')
