import { expectObject, textOf } from '../_internal/arguments'
import { fromZodIssues } from '../_internal/issues'
import { type Issue, LedgerError, type PlainIssueCode, type Result } from '../errors'
import type { EntryTypeDefinition, OrganizationStatus } from './builtInEntryType'
import {
  type Entry,
  type EntryData,
  type EntryOf,
  type EntryType,
  entryTypes,
  isEntryType,
} from './entryTypes'
import type { EntryEnvelope } from './envelope'

// The ledger reads the registry and the functions over it from one place.
export { type Entry, type EntryData, type EntryOf, type EntryType, entryTypes, isEntryType }

/**
 * Checks a payload written with schema version `schema` of `type`: lifts it to the current
 * version with the type's upcasters, then parses it. Issue paths start at the entry, so a bad
 * year is at `['data', 'year']`.
 *
 * @example
 * parseEntryData('Commended', 1, { honour: '全国先进社会组织', level: 'national', awardedBy: '民政部' })
 */
export function parseEntryData(type: string, schema: number, data: unknown): Result<unknown> {
  return parseEntryDataOf(builtInDefinition, type, schema, data)
}

/** The definition of a type by its name, as a catalogue knows it. */
export type DefinitionOf = (type: string) => EntryTypeDefinition | undefined

const builtInDefinition: DefinitionOf = (type) =>
  isEntryType(type) ? (entryTypes[type] as EntryTypeDefinition) : undefined

/** `parseEntryData` over the types `definitionOf` knows. */
export function parseEntryDataOf(
  definitionOf: DefinitionOf,
  type: string,
  schema: number,
  data: unknown,
): Result<unknown> {
  const definition = typeof type === 'string' ? definitionOf(type) : undefined
  if (definition === undefined) {
    return failure('unknown_entry_type', ['type'], `no entry type is called '${textOf(type)}'`)
  }
  if (!Number.isInteger(schema) || schema < 1 || schema > definition.schema) {
    return failure(
      'unsupported_schema',
      ['schema'],
      `${type} has payload schemas 1 to ${definition.schema}; ${textOf(schema)} is not one of them`,
    )
  }
  let lifted = data
  try {
    for (let version = schema; version < definition.schema; version++) {
      const upcaster = definition.upcasters[version]
      if (upcaster) lifted = upcaster(lifted)
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return failure(
      'upcast_failed',
      ['data'],
      `cannot lift ${type} from schema ${schema}: ${reason}`,
    )
  }
  const parsed = definition.data.safeParse(lifted)
  if (parsed.success) return { success: true, data: parsed.data }
  return { success: false, issues: fromZodIssues(parsed.error.issues, ['data']) }
}

/**
 * A stored entry at its type's current schema version. Entries already current are returned as
 * they are, unchecked, since the ledger checked them when it wrote them; older ones get a new
 * envelope with the lifted, re-checked payload. Throws `INVALID_INPUT` for an entry that no
 * longer fits, which means the store holds something the ledger never wrote. Built-in types
 * only: a ledger with host types reads its entries with `ledger.entryTypes.upcast`.
 */
export function upcastEntry(entry: EntryEnvelope): Entry {
  return upcastEntryOf(builtInDefinition, entry)
}

/** `upcastEntry` over the types `definitionOf` knows. */
export function upcastEntryOf(definitionOf: DefinitionOf, entry: EntryEnvelope): Entry {
  expectObject(entry, 'entry')
  const definition = typeof entry.type === 'string' ? definitionOf(entry.type) : undefined
  if (definition !== undefined && entry.schema === definition.schema) return entry as Entry
  const parsed = parseEntryDataOf(definitionOf, entry.type, entry.schema, entry.data)
  if (!parsed.success) {
    throw new LedgerError(
      'INVALID_INPUT',
      `stored entry ${textOf(entry.seq)} (${textOf(entry.type)}, schema ${textOf(entry.schema)}) cannot be read: ${parsed.issues[0]?.message}`,
      parsed.issues,
    )
  }
  // Spreading keeps the envelope's keys where they were, so its plain JSON stays canonical.
  return { ...entry, data: parsed.data, schema: definition?.schema ?? entry.schema } as Entry
}

/** The status an entry closes a stream with, or `undefined` for an entry that closes nothing. */
export function closingStatus(entry: Entry): OrganizationStatus | undefined {
  switch (entry.type) {
    case 'Deregistered':
      return 'deregistered'
    case 'RegistrationRevoked':
      return 'revoked'
    case 'Banned':
      return 'banned'
    case 'PenaltyImposed':
      return entry.data.sanctions.some(
        (sanction) =>
          sanction.kind === 'certificate_revoked' || sanction.kind === 'registration_revoked',
      )
        ? 'revoked'
        : undefined
    default:
      return undefined
  }
}

/**
 * The status after `entry`. It only ever closes a stream: reopening, when the closing entry is
 * retracted or its penalty revoked, is `organizationStatus`'s to find, from every closing and
 * what undoes them, for the ledger's stream summary and the credit file alike.
 */
export function nextStatus(status: OrganizationStatus, entry: Entry): OrganizationStatus {
  return closingStatus(entry) ?? status
}

function failure(code: PlainIssueCode, path: Issue['path'], message: string): Result<never> {
  return { success: false, issues: [{ code, path, message }] }
}
