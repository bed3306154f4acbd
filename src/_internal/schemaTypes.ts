import type * as z from 'zod'
import type * as zm from 'zod/mini'

// isolatedDeclarations needs every exported schema's type spelled out, and the library's data
// types (the rule language, indicator sets, disclosure policies) are what their schemas output;
// these aliases keep those annotations as short as the schemas they describe.

/** A zod object that rejects unknown keys, over the field schemas `S`. */
export type Strict<S extends z.core.$ZodLooseShape> = z.ZodObject<S, z.core.$strict>

/** A zod enum over the string literals `T`. */
export type Enum<T extends string> = z.ZodEnum<{ [K in T]: K }>

/** A field that may be left out. */
export type Opt<T extends z.core.SomeType> = z.ZodOptional<T>

/** An array whose output is read-only, as rules are data nobody edits in place. */
export type List<T extends z.core.SomeType> = z.ZodReadonly<z.ZodArray<T>>

/**
 * `T` read-only all the way down: the library's data types are what their schemas output, and
 * rules, policies and indicator sets are frozen data, so a type that let a caller assign into
 * one would only move the error to run time.
 */
export type Frozen<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly Frozen<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Frozen<T[K]> }
      : T

/** A zod mini object that rejects unknown keys, over the field schemas `S`. */
export type MiniStrict<S extends zm.core.$ZodLooseShape> = zm.ZodMiniObject<S, zm.core.$strict>

/** A zod mini enum over the string literals `T`. */
export type MiniEnum<T extends string> = zm.ZodMiniEnum<{ [K in T]: K }>

/** A zod mini field that may be left out. */
export type MiniOpt<T extends zm.core.SomeType> = zm.ZodMiniOptional<T>
