import type * as z from 'zod'

/** Where an organization's stream stands: entries after closure are limited. */
export type OrganizationStatus = 'active' | 'deregistered' | 'revoked' | 'banned'

/**
 * The five kinds of credit information of MCA Order 60 (Arts. 6-7), plus the two lists and
 * `record` for entries about the record itself (corrections, objections, erasures).
 */
export type CreditCategory =
  | 'basic'
  | 'annual_report'
  | 'inspection'
  | 'penalty'
  | 'list'
  | 'other'
  | 'record'

/**
 * What an entry's `amends` must point at: `null` when the type never amends, `'any'` for an
 * entry of any type, or the types it may amend. When not `null`, `amends` is required.
 */
export type AmendsRule = null | 'any' | readonly string[]

/** Lifts a payload from schema version `n` to `n + 1`. */
export type Upcaster = (data: unknown) => unknown

/** Everything the ledger knows about one entry type. */
export interface EntryTypeDefinition<T extends string = string, S extends z.ZodType = z.ZodType> {
  /** Past-tense name, e.g. `AnnualReportFiled`. */
  readonly type: T
  /** The current payload schema version (from 1). */
  readonly schema: number
  /** The current payload schema. */
  readonly data: S
  /** Upcasters keyed by the version they lift from: `{ 1: v1ToV2 }`. */
  readonly upcasters: Readonly<Record<number, Upcaster>>
  /** Whether this type opens a stream (a registration or a filing). */
  readonly opensStream: boolean
  /** Statuses besides `active` in which this type may still be appended. */
  readonly allowedWhen: readonly OrganizationStatus[]
  /** Which earlier entries `amends` must point at, if any. */
  readonly amends: AmendsRule
  /** Where the entry belongs among the kinds of credit information. */
  readonly category: CreditCategory
  /** A sentence for people, in English and Chinese. */
  readonly title: { readonly en: string; readonly zh: string }
  /**
   * Whether the entry records something that has happened (a filing, a report, an activity),
   * which cannot take effect after the day it is recorded. A decision may name a later day
   * from which it applies, and is not held to that.
   */
  readonly recordsPastFact: boolean
}

/** Declares an entry type; its payload type is `z.infer` of `data`. */
export function builtInEntryType<T extends string, S extends z.ZodType>(definition: {
  type: T
  schema?: number
  data: S
  upcasters?: Readonly<Record<number, Upcaster>>
  opensStream?: boolean
  allowedWhen?: readonly OrganizationStatus[]
  amends?: AmendsRule
  category?: CreditCategory
  title: { en: string; zh: string }
  recordsPastFact?: boolean
}): EntryTypeDefinition<T, S> {
  const schema = definition.schema ?? 1
  const upcasters = definition.upcasters ?? {}
  for (let version = 1; version < schema; version++) {
    if (!upcasters[version]) {
      throw new Error(`${definition.type}: no upcaster from schema ${version} to ${version + 1}`)
    }
  }
  return Object.freeze({
    type: definition.type,
    schema,
    data: definition.data,
    upcasters,
    opensStream: definition.opensStream ?? false,
    allowedWhen: definition.allowedWhen ?? [],
    amends: definition.amends ?? null,
    category: definition.category ?? 'other',
    title: definition.title,
    recordsPastFact: definition.recordsPastFact ?? false,
  })
}

/** Every status but `active`: for entries that stay possible after a stream is closed. */
export const closedStatuses: readonly OrganizationStatus[] = Object.freeze([
  'deregistered',
  'revoked',
  'banned',
] as const)
