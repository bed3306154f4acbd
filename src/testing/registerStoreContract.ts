import { describe } from 'vitest'
import { queryCases } from './register/queryCases'
import {
  type RegisterStorage,
  registerCases,
  type WithRegisterStorage,
} from './register/registerCases'
import { updaterCases } from './register/updaterCases'

export type { RegisterHandle, RegisterStorage } from './register/registerCases'

/** Makes fresh, empty storage for one test: a log and read models beside it. */
export type RegisterStorageFactory = () => Promise<RegisterStorage>

/**
 * The behaviour every `RegisterStore` must show, as a vitest suite: lists that agree with the
 * credit files on every day, queries that answer exactly as the reference functions, records
 * that survive a reopen, updaters that die at any write and are taken over without loss, and
 * one updater at a time across handles.
 *
 * @example
 * registerStoreContract('memoryRegisterStore', async () => {
 *   const handle = { store: memoryStore(), readModels: memoryRegisterStore() }
 *   return { open: async () => handle, destroy: async () => {} }
 * })
 */
export function registerStoreContract(name: string, storage: RegisterStorageFactory): void {
  const withStorage: WithRegisterStorage = async (test) => {
    const made = await storage()
    try {
      await test(made)
    } finally {
      await made.destroy()
    }
  }
  describe(`${name} (RegisterStore contract)`, () => {
    registerCases(withStorage)
    updaterCases(withStorage)
    queryCases(withStorage)
  })
}
