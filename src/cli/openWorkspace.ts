import { createLedger, type Ledger } from '../createLedger'
import type { Signer } from '../proof'
import { createRegister, type Register, type RegisterStore } from '../register'
import type { EventStore } from '../store'
import { loadEntryTypes } from './hostEntryTypes'
import { readSigningKeyFile } from './signingKeyFile'
import { UsageError } from './usageError'
import { isPostgres, type ResolvedWorkspace } from './workspace'

/** A workspace opened: its ledger over its store, its signer, and its register on demand. */
export interface OpenWorkspace {
  readonly ledger: Ledger
  readonly store: EventStore
  readonly signer: Signer
  /** The register over the store, its read models beside the entries (opened on first call). */
  register(): Promise<Register>
  /** Closes the register, the ledger and the store. */
  close(): Promise<void>
}

/** Opens the event store a workspace names; the durable adapter is loaded only when needed. */
export async function openStore(store: string): Promise<EventStore> {
  if (isPostgres(store)) {
    const { postgresStore } = await import('../adapters/postgres')
    return postgresStore(postgresConnection(store))
  }
  const { sqliteStore } = await import('../adapters/sqlite')
  return sqliteStore({ file: store })
}

async function openReadModels(store: string): Promise<RegisterStore> {
  if (isPostgres(store)) {
    const { postgresRegisterStore } = await import('../adapters/postgres')
    return postgresRegisterStore(postgresConnection(store))
  }
  const { sqliteRegisterStore } = await import('../adapters/sqlite')
  return sqliteRegisterStore({ file: store })
}

/** A PostgreSQL URL as the adapters take it: its `schema` parameter split off. */
export function postgresConnection(url: string): {
  readonly connectionString: string
  readonly schema?: string
} {
  const parsed = URL.parse(url)
  if (parsed === null) throw new UsageError('--store: the PostgreSQL URL does not parse')
  const schema = parsed.searchParams.get('schema')
  parsed.searchParams.delete('schema')
  return { connectionString: parsed.toString(), ...(schema ? { schema } : {}) }
}

/** Opens a workspace's ledger, signed by its key, under its origin. */
export async function openWorkspace(workspace: ResolvedWorkspace): Promise<OpenWorkspace> {
  const signer = await readSigningKeyFile(workspace.key)
  const catalogue = await loadEntryTypes(workspace.entryTypes)
  const store = await openStore(workspace.store)
  const ledger = createLedger({
    store,
    signer,
    origin: workspace.origin,
    entryTypes: catalogue.hostTypes,
  })
  let register: Register | undefined
  return {
    ledger,
    store,
    signer,
    async register() {
      register ??= createRegister({
        store,
        readModels: await openReadModels(workspace.store),
        entryTypes: ledger.entryTypes,
      })
      return register
    },
    async close() {
      await register?.close()
      await ledger.close()
    },
  }
}
