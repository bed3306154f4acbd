import * as z from 'zod'
import { fromZodIssues } from '../_internal/issues'
import { LedgerError } from '../errors'
import {
  type AmendsRule,
  builtInEntryType,
  type CreditCategory,
  type EntryTypeDefinition,
  type OrganizationStatus,
  type Upcaster,
} from './builtInEntryType'
import { hostEntryTypeNamePattern } from './entryTypeNames'
import { markHostEntryType } from './hostTypeBrand'
import type { Visibility } from './types/disclosure'

/** One entry of a host type as its credit-file section holds it. */
export interface HostItem {
  /** The entry's seq. */
  readonly seq: number
  /** The entry's type. */
  readonly type: string
  /** The effective day. */
  readonly on: string
  /** The entry's payload, as corrected. */
  readonly data: Readonly<Record<string, unknown>>
}

/**
 * How a host section takes in one more item: given the items so far and the new one, the
 * section's items afterwards. The default appends; a fold can replace an earlier item (the
 * assessment of a year that was redone). It must be pure and leave the items it is given as they
 * are (`evolve` hands it immer drafts): it runs again on every read.
 */
export type HostFold = (items: readonly HostItem[], item: HostItem) => readonly HostItem[]

/** An entry type a host application defines, beside the built-in catalogue. */
export interface HostEntryType<T extends string = string, S extends z.ZodType = z.ZodType>
  extends EntryTypeDefinition<T, S> {
  /** The credit-file section its entries fold into: `file.host[section]`. */
  readonly section: string
  /** How an entry joins its section. */
  readonly fold: HostFold
  /** Who may see its entries when no disclosure policy names the type. */
  readonly visibility: Visibility
}

const appendItem: HostFold = (items, item) => [...items, item]

const statuses = ['deregistered', 'revoked', 'banned'] as const

const definitionSchema = z.strictObject({
  type: z.string().regex(hostEntryTypeNamePattern, {
    message: 'must be a namespace, a dot and a PascalCase name, such as town.WorkPlanFiled',
  }),
  schema: z.number().int().min(1).max(1000).optional(),
  // Any zod schema, from the host's own copy of zod too: it is only ever asked to safeParse.
  data: z.custom<z.ZodType>(
    (value) => typeof (value as { safeParse?: unknown } | null)?.safeParse === 'function',
    { message: 'must be a zod schema' },
  ),
  upcasters: z
    .record(
      z.string(),
      z.custom<Upcaster>((value) => typeof value === 'function'),
    )
    .optional(),
  title: z.strictObject({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) }),
  section: z.string().regex(/^[a-z][A-Za-z0-9]{0,63}$/, {
    message: 'must be a camelCase name, such as workPlans',
  }),
  fold: z
    .custom<HostFold>((value) => typeof value === 'function', {
      message: 'must be a function (items, item) => items',
    })
    .optional(),
  visibility: z.enum(['public', 'authorities', 'internal']).optional(),
  category: z.enum(['basic', 'annual_report', 'inspection', 'penalty', 'list', 'other']).optional(),
  allowedWhen: z.array(z.enum(statuses)).optional(),
  amends: z.union([z.null(), z.literal('any'), z.array(z.string().min(1)).min(1)]).optional(),
  recordsPastFact: z.boolean().optional(),
})

/** What a host gives to define an entry type. */
export interface HostEntryTypeInput<T extends string, S extends z.ZodType> {
  /** `namespace.PastTenseName`, e.g. `town.WorkPlanFiled`. */
  readonly type: T
  /** The current payload schema version (default 1); older ones need `upcasters`. */
  readonly schema?: number
  /** The payload schema. */
  readonly data: S
  /** Lift a payload from the version of the key to the next one. */
  readonly upcasters?: Readonly<Record<number, Upcaster>>
  readonly title: { readonly zh: string; readonly en: string }
  /** The host section of the credit file its entries fold into, e.g. `workPlans`. */
  readonly section: string
  /** How an entry joins its section (default: appended). */
  readonly fold?: HostFold
  /** Who may see its entries when no disclosure policy names the type (default `authorities`). */
  readonly visibility?: Visibility
  /** Its kind of credit information (default `other`); `record` is the library's own. */
  readonly category?: Exclude<CreditCategory, 'record'>
  /** Closed statuses in which it may still be appended (default none). */
  readonly allowedWhen?: readonly OrganizationStatus[]
  /** Which entries its `amends` points at: `null` (default), `'any'`, or type names. */
  readonly amends?: AmendsRule
  /** Whether it records a past fact, which cannot take effect after it is recorded. */
  readonly recordsPastFact?: boolean
}

/**
 * Defines an entry type of the host application: its payload schema, versions and upcasters,
 * the credit-file section it folds into, what it may amend and who may see it. Pass it to
 * `createLedger({ entryTypes })`. Opening and closing a stream stay with the built-in types: an
 * organization exists in the ledger from its registration or filing, and leaves it by a
 * deregistration or revocation, each a legal act with its own entry.
 *
 * @example
 * const workPlanFiled = defineEntryType({
 *   type: 'town.WorkPlanFiled',
 *   title: { zh: '年初工作安排', en: 'Annual work plan filed' },
 *   section: 'workPlans',
 *   data: z.strictObject({ year: z.number().int(), summary: z.string() }),
 * })
 */
export function defineEntryType<T extends string, S extends z.ZodType>(
  input: HostEntryTypeInput<T, S>,
): HostEntryType<T, S> {
  const parsed = definitionSchema.safeParse(input)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['definition'])
    const first = issues[0]
    throw new LedgerError(
      'INVALID_INPUT',
      `defineEntryType: ${first?.path.join('.')}: ${first?.message}`,
      issues,
    )
  }
  const base = upcastersChecked(input)
  const defined: HostEntryType<T, S> = Object.freeze({
    ...base,
    section: input.section,
    fold: input.fold ?? appendItem,
    visibility: input.visibility ?? 'authorities',
  })
  markHostEntryType(defined)
  return defined
}

function upcastersChecked<T extends string, S extends z.ZodType>(
  input: HostEntryTypeInput<T, S>,
): EntryTypeDefinition<T, S> {
  try {
    return builtInEntryType({
      type: input.type,
      data: input.data,
      title: { en: input.title.en, zh: input.title.zh },
      ...(input.schema === undefined ? {} : { schema: input.schema }),
      ...(input.upcasters === undefined ? {} : { upcasters: input.upcasters }),
      ...(input.allowedWhen === undefined ? {} : { allowedWhen: input.allowedWhen }),
      ...(input.amends === undefined ? {} : { amends: input.amends }),
      ...(input.category === undefined ? {} : { category: input.category }),
      ...(input.recordsPastFact === undefined ? {} : { recordsPastFact: input.recordsPastFact }),
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new LedgerError('INVALID_INPUT', `defineEntryType: ${message}`, [
      { code: 'missing_upcaster', path: ['definition', 'upcasters'], message },
    ])
  }
}
