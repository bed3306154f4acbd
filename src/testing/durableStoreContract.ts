import { describe } from 'vitest'
import type { EventStore } from '../store'
import { atomicityCases } from './contract/atomicityCases'
import { basicCases } from './contract/basicCases'
import { fidelityCases } from './contract/fidelityCases'
import type {
  ContractHarness,
  ReopenableStorage,
  StoreContractOptions,
  WithStorage,
} from './contract/harness'
import { ledgerRacingCases } from './contract/ledgerRacingCases'
import { migratedCases } from './contract/migratedCases'
import { racingCases } from './contract/racingCases'
import { reopenCases } from './contract/reopenCases'
import { streamWritersCases } from './contract/streamWritersCases'
import { tailCases } from './contract/tailCases'

export type { ReopenableStorage } from './contract/harness'

/** Makes fresh, empty storage for one test; the suite destroys it afterwards. */
export type StorageFactory = () => Promise<ReopenableStorage>

/**
 * The store contract for stores that keep their data beyond one handle: everything
 * `storeContract` checks, with the racing writers and the tail each on a handle of their own
 * (another connection, as another process would have), and what must survive a reopen:
 * entries, leaf hashes, personal data, erasures, checkpoints and idempotency keys.
 *
 * @example
 * durableStoreContract('sqliteStore', async () => {
 *   const file = join(tmpdir(), `${randomUUID()}.db`)
 *   return { open: async () => sqliteStore({ file }), destroy: async () => rm(file, { force: true }) }
 * })
 */
export function durableStoreContract(
  name: string,
  storage: StorageFactory,
  options: StoreContractOptions = {},
): void {
  const withStorage: WithStorage = async (test) => {
    const made = await storage()
    try {
      await test(made)
    } finally {
      await made.destroy()
    }
  }
  const harness: ContractHarness = {
    withStore: (test) =>
      withStorage(async (made) => {
        const store = await made.open()
        try {
          await test(store)
        } finally {
          await store.close()
        }
      }),
    withHandles: (n, test) =>
      withStorage(async (made) => {
        const handles: EventStore[] = []
        try {
          for (let i = 0; i < n; i++) handles.push(await made.open())
          await test(handles)
        } finally {
          for (const handle of handles) await handle.close()
        }
      }),
    writers: options.writers ?? 8,
    ledgers: options.ledgers ?? 32,
    batchSize: options.batchSize ?? 250,
    timeoutMs: options.timeoutMs ?? 30_000 + 1000 * (options.writers ?? 8),
  }
  describe(`${name} (durable EventStore contract)`, () => {
    basicCases(harness)
    atomicityCases(harness)
    fidelityCases(harness)
    migratedCases(harness)
    racingCases(harness)
    ledgerRacingCases(harness)
    streamWritersCases(harness)
    tailCases(harness)
    reopenCases(withStorage)
  })
}
