import { LedgerError, type Result } from '../errors'
import type { EntryTypeDefinition } from './builtInEntryType'
import { type DefinitionOf, type Entry, parseEntryDataOf, upcastEntryOf } from './catalogue'
import { entryTypes, isEntryType } from './entryTypes'
import type { EntryEnvelope } from './envelope'
import type { HostEntryType } from './hostEntryType'
import { isHostEntryType } from './hostTypeBrand'

/** The entry types a ledger reads and writes: the built-in catalogue and the host's own. */
export interface EntryCatalogue {
  /** The host's types, in the order given. */
  readonly hostTypes: readonly HostEntryType[]
  /** The definition of a type, built-in or host; `undefined` for a name neither knows. */
  definition(type: string): EntryTypeDefinition | undefined
  /** The host definition of a type; `undefined` for a built-in or unknown name. */
  host(type: string): HostEntryType | undefined
  /** `parseEntryData` over these types. */
  parse(type: string, schema: number, data: unknown): Result<unknown>
  /** `upcastEntry` over these types: throws `INVALID_INPUT` for a type it does not know. */
  upcast(entry: EntryEnvelope): Entry
}

/**
 * The catalogue of a ledger with the host types given. Each must come from
 * `defineEntryType`, and no name may be given twice; `amends` may name built-in types and the
 * host types given. Throws `INVALID_INPUT` naming the first problem.
 */
export function entryCatalogue(hostTypes: readonly HostEntryType[] = []): EntryCatalogue {
  if (!Array.isArray(hostTypes)) refuse([], 'must be an array of defineEntryType results')
  const byName = new Map<string, HostEntryType>()
  // A plain loop, so a hole in the array is a definition missing, not one skipped.
  for (let index = 0; index < hostTypes.length; index++) {
    const definition = hostTypes[index]
    if (!isHostEntryType(definition)) refuse([index], 'is not a defineEntryType result')
    if (byName.has(definition.type)) refuse([index, 'type'], `${definition.type} is given twice`)
    byName.set(definition.type, definition)
  }
  for (const [index, definition] of hostTypes.entries()) {
    if (!Array.isArray(definition.amends)) continue
    for (const target of definition.amends as readonly string[]) {
      if (!isEntryType(target) && !byName.has(target)) {
        refuse(
          [index, 'amends'],
          `${definition.type} amends ${target}, which is no entry type here`,
        )
      }
    }
  }
  if (byName.size === 0) return builtInCatalogue
  return catalogueOf(Object.freeze([...hostTypes]), (type) => byName.get(type))
}

function catalogueOf(
  hostTypes: readonly HostEntryType[],
  host: (type: string) => HostEntryType | undefined,
): EntryCatalogue {
  const definition: DefinitionOf = (type) =>
    isEntryType(type) ? (entryTypes[type] as EntryTypeDefinition) : host(type)
  return Object.freeze({
    hostTypes,
    definition,
    host,
    parse: (type: string, schema: number, data: unknown) =>
      parseEntryDataOf(definition, type, schema, data),
    upcast: (entry: EntryEnvelope) => upcastEntryOf(definition, entry),
  })
}

/** The built-in types alone: what a ledger without host types reads. */
export const builtInCatalogue: EntryCatalogue = catalogueOf(Object.freeze([]), () => undefined)

function refuse(path: (string | number)[], message: string): never {
  throw new LedgerError(
    'INVALID_INPUT',
    `entryTypes${path.map((p) => `[${JSON.stringify(p)}]`).join('')}: ${message}`,
    [{ code: 'invalid_entry_types', path: ['entryTypes', ...path], message }],
  )
}
