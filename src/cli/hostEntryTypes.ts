import { pathToFileURL } from 'node:url'
import { isLedgerError } from '../errors'
import {
  builtInCatalogue,
  type EntryCatalogue,
  entryCatalogue,
  type HostEntryType,
} from '../events'
import { UsageError } from './usageError'

/**
 * The entry types a workspace writes with: the built-in ones, and the host's from the module
 * its configuration names, whose `entryTypes` export (or default export) is an array of
 * `defineEntryType` results. A module that is missing or exports anything else is a usage
 * error naming it.
 */
export async function loadEntryTypes(module: string | undefined): Promise<EntryCatalogue> {
  if (module === undefined) return builtInCatalogue
  let loaded: { entryTypes?: unknown; default?: unknown }
  try {
    loaded = await import(pathToFileURL(module).href)
  } catch (error) {
    throw new UsageError(`entryTypes ${module}: cannot be loaded: ${(error as Error).message}`)
  }
  const types = loaded.entryTypes ?? loaded.default
  try {
    return entryCatalogue(types as readonly HostEntryType[])
  } catch (error) {
    if (!isLedgerError(error)) throw error
    throw new UsageError(`entryTypes ${module}: ${error.message}`)
  }
}
