import type { z } from 'zod'

/** Where an organization's stream stands: entries after closure are limited. */
export type OrganizationStatus = 'active' | 'deregistered' | 'revoked' | 'banned'

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
  /** A sentence for people, in English and Chinese. */
  readonly title: { readonly en: string; readonly zh: string }
}

/** Declares an entry type; its payload type is `z.infer` of `data`. */
export function defineEntryType<T extends string, S extends z.ZodType>(definition: {
  type: T
  schema?: number
  data: S
  upcasters?: Readonly<Record<number, Upcaster>>
  opensStream?: boolean
  allowedWhen?: readonly OrganizationStatus[]
  title: { en: string; zh: string }
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
    title: definition.title,
  })
}
