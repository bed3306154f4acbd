import * as z from 'zod'
import { fromZodIssues, underPath } from '../_internal/issues'
import type { Issue, Result } from '../errors'
import type { EntryCatalogue, EntryData, EntryType, EntryTypeDefinition, Migrated } from '../events'
import {
  type Cause,
  canonicalJson,
  entryInputBaseSchema,
  type PersonalData,
  personalDataSchema,
} from '../events'
import { type OrganizationId, parseOrganizationId } from '../identity'
import { limitIssues } from './inputLimits'

const inputSchema = z.strictObject({
  ...entryInputBaseSchema.shape,
  personal: personalDataSchema.optional(),
})

/** `T` with every nested array and object read-only, so `as const` inputs are accepted. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

/** The fields a caller gives for one entry of type `T`; the ledger adds positions and times. */
export interface TypedEntryInput<T extends EntryType> {
  /** The organization id: a USCC, or a filing number for a filed community group. */
  readonly org: string
  readonly type: T
  /** When it took effect: an ISO date, or an instant with an offset. */
  readonly effectiveAt: string
  /** Who: the authority, evaluator, the organization itself, or a rule. */
  readonly by: string
  /** Document number. */
  readonly ref?: string
  /** seq of the entry this one corrects, retracts or answers. */
  readonly amends?: number
  /** Set by `apply` for entries a policy proposed. */
  readonly cause?: Cause
  /**
   * When and where another system first recorded the fact; only in migration mode
   * (`{ migration: true }`), where every input needs it.
   */
  readonly migrated?: DeepReadonly<Migrated>
  readonly data: DeepReadonly<EntryData<T>>
  /** People the entry names; held beside the ledger and erasable. */
  readonly personal?: DeepReadonly<PersonalData>
}

/**
 * One entry of a host type (`town.WorkPlanFiled`): its payload is checked by the type's schema
 * when appended, so here it is any object.
 */
export interface HostEntryInput extends Omit<TypedEntryInput<EntryType>, 'type' | 'data'> {
  readonly type: `${string}.${string}`
  readonly data: Readonly<Record<string, unknown>>
}

/** One entry to append, narrowed by `type`; a host type's name has a dot. */
export type EntryInput = { [T in EntryType]: TypedEntryInput<T> }[EntryType] | HostEntryInput

/** An input that passed every schema, with its organization id decoded. */
export interface ValidInput {
  readonly org: string
  readonly id: OrganizationId
  /** A built-in type name, or a host type's. */
  readonly type: string
  /** The type's definition, from the ledger's catalogue. */
  readonly definition: EntryTypeDefinition
  readonly effectiveAt: string
  readonly by: string
  readonly ref?: string
  readonly amends?: number
  readonly cause?: Cause
  readonly migrated?: Migrated
  readonly data: unknown
  readonly personal?: PersonalData
}

/**
 * Checks the shape of every input of a call: the envelope, the organization id and the payload
 * of its type. Issue paths start with the input's index when the call gave an array.
 */
export function validateInputs(raw: unknown, catalogue: EntryCatalogue): Result<ValidInput[]> {
  const batch = Array.isArray(raw)
  const items: readonly unknown[] = batch ? raw : [raw]
  if (items.length === 0) {
    return failure([{ code: 'too_small', path: [], message: 'a batch needs at least one entry' }])
  }
  const issues: Issue[] = []
  const valid: ValidInput[] = []
  // A batch usually names each organization many times; its id is checked once.
  const ids = new Map<string, Result<OrganizationId>>()
  const idOf = (org: string): Result<OrganizationId> => {
    let id = ids.get(org)
    if (id === undefined) {
      id = parseOrganizationId(org)
      ids.set(org, id)
    }
    return id
  }
  items.forEach((item, index) => {
    const prefix = batch ? [index] : []
    const checked = validateOne(item, idOf, catalogue)
    if (checked.success) valid.push(checked.data)
    else issues.push(...underPath(checked.issues, prefix))
  })
  return issues.length > 0 ? failure(issues) : { success: true, data: valid }
}

function validateOne(
  item: unknown,
  idOf: (org: string) => Result<OrganizationId>,
  catalogue: EntryCatalogue,
): Result<ValidInput> {
  // Before zod or any recursive walk, so deep nesting is an issue, not a RangeError.
  const limits = limitIssues(item)
  if (limits.length > 0) return failure(limits)
  const envelope = inputSchema.safeParse(item)
  if (!envelope.success) return failure(fromZodIssues(envelope.error.issues))
  const input = envelope.data
  const issues: Issue[] = []
  const id = idOf(input.org)
  if (!id.success) issues.push(...underPath(id.issues, ['org']))
  const definition = catalogue.definition(input.type)
  if (!definition) {
    issues.push({
      code: 'unknown_entry_type',
      path: ['type'],
      message: `no entry type is called '${input.type}'`,
    })
    return failure(issues)
  }
  const data = catalogue.parse(input.type, definition.schema, input.data)
  if (!data.success) issues.push(...data.issues)
  else if (catalogue.host(input.type) !== undefined)
    issues.push(...hostDataIssues(input.type, data.data, catalogue))
  if (!id.success || !data.success || issues.length > 0) return failure(issues)
  return {
    success: true,
    data: {
      ...stripUndefined(input),
      id: id.data,
      definition,
      data: data.data,
    },
  }
}

type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> }

function stripUndefined<T extends object>(value: T): Defined<T> {
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item
  return out as Defined<T>
}

function failure(issues: readonly Issue[]): { success: false; issues: readonly Issue[] } {
  return { success: false, issues }
}

/**
 * A host payload is what the host's schema outputs, so it is held to what the ledger needs of
 * it: plain JSON (a schema that turns a string into a Date would make entries that cannot be
 * hashed) and stable under the schema (read back from an export or a store, it parses to the
 * same value, so an importer can check it again).
 */
function hostDataIssues(type: string, data: unknown, catalogue: EntryCatalogue): Issue[] {
  let text: string
  try {
    text = canonicalJson(data)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return [
      {
        code: 'not_json',
        path: ['data'],
        message: `${type}'s schema gives a payload that is not JSON: ${reason}`,
      },
    ]
  }
  const again = catalogue.parse(type, catalogue.definition(type)?.schema ?? 1, JSON.parse(text))
  if (again.success && canonicalJson(again.data) === text) return []
  return [
    {
      code: 'unstable_payload',
      path: ['data'],
      message: `${type}'s schema does not read its own payload back to the same value; a schema that transforms must give what it accepts`,
    },
  ]
}
