import { memoryRegisterStore } from '../../src/register'
import { memoryStore } from '../../src/store'
import { registerStoreContract } from '../../src/testing'

// A memory store cannot be reopened: every handle is the same log and the same read models,
// closing them is a no-op, and the contract's reopen case reads what is still in memory.
registerStoreContract('memoryRegisterStore', async () => {
  const store = memoryStore()
  const handle = { store: { ...store, close: async () => {} }, readModels: memoryRegisterStore() }
  return { open: async () => handle, destroy: async () => {} }
})
